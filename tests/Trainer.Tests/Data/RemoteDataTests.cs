using System.IO.Compression;
using System.Text;
using Spot.Trainer.Data;
using Spot.Trainer.Tests.Support;
using static TorchSharp.torch;

namespace Spot.Trainer.Tests.Data;

/// <summary>Datasets streamed from LocalCloud's S3 into the IDX reader, with no temporary files.</summary>
[Collection(FashionMnistCollection.Name)]
public sealed class RemoteDataTests(FashionMnistFixture data) : IAsyncLifetime
{
    private LocalCloudS3 _cloud = null!;

    public async Task InitializeAsync() => _cloud = await LocalCloudS3.StartAsync();

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task Test_split_streamed_from_gzip_objects_equals_the_local_load()
    {
        await _cloud.UploadFashionMnistAsync("datasets/fashion", DatasetSplit.Test);

        using var remote = await new RemoteFashionMnist(_cloud.S3, LocalCloudS3.Bucket, "datasets/fashion").LoadAsync(DatasetSplit.Test, CancellationToken.None);

        using var scope = NewDisposeScope();
        var (remoteImages, remoteLabels) = remote.Slice(0, remote.Count);
        var (localImages, localLabels) = data.Test.Slice(0, data.Test.Count);
        Assert.Equal(10000, remote.Count);
        Assert.True(remoteImages.eq(localImages).all().item<bool>());
        Assert.True(remoteLabels.eq(localLabels).all().item<bool>());
    }

    [Fact]
    public async Task Plain_objects_are_read_as_well_as_gzip_ones()
    {
        foreach (var name in new[] { FashionMnist.ImagesName(DatasetSplit.Test), FashionMnist.LabelsName(DatasetSplit.Test) })
            await _cloud.WriteAsync($"plain/{name}", Gunzip(Path.Combine(FashionMnist.DebianDirectory, name + ".gz")));

        using var remote = await new RemoteFashionMnist(_cloud.S3, LocalCloudS3.Bucket, "plain/").LoadAsync(DatasetSplit.Test, CancellationToken.None);

        Assert.Equal(10000, remote.Count);
    }

    [Fact]
    public async Task A_missing_object_is_reported_with_both_keys_it_looked_for()
    {
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() =>
            new RemoteFashionMnist(_cloud.S3, LocalCloudS3.Bucket, "nothing-here").LoadAsync(DatasetSplit.Train, CancellationToken.None));

        Assert.StartsWith("Neither s3://spot-test/nothing-here/train-images-idx3-ubyte nor s3://spot-test/nothing-here/train-images-idx3-ubyte.gz exists", error.Message);
    }

    [Fact]
    public async Task A_truncated_object_is_refused_by_the_reader_naming_the_object()
    {
        var labels = Gunzip(Path.Combine(FashionMnist.DebianDirectory, FashionMnist.LabelsName(DatasetSplit.Test) + ".gz"));
        await _cloud.UploadFashionMnistAsync("cut", DatasetSplit.Test);
        await _cloud.S3.DeleteObjectAsync(LocalCloudS3.Bucket, $"cut/{FashionMnist.LabelsName(DatasetSplit.Test)}.gz");
        await _cloud.WriteAsync($"cut/{FashionMnist.LabelsName(DatasetSplit.Test)}", labels[..5000]);

        var error = await Assert.ThrowsAsync<IdxFormatException>(() =>
            new RemoteFashionMnist(_cloud.S3, LocalCloudS3.Bucket, "cut").LoadAsync(DatasetSplit.Test, CancellationToken.None));

        Assert.Equal("s3://spot-test/cut/t10k-labels-idx1-ubyte: truncated; the header promises 10000 bytes of data but only 4992 follow", error.Message);
    }

    [Fact]
    public async Task A_language_model_text_is_read_whole_and_a_missing_one_is_named()
    {
        await _cloud.WriteAsync("texts/corpus.txt", Encoding.UTF8.GetBytes("to be or not to be"));

        var text = await RemoteText.ReadAsync(_cloud.S3, LocalCloudS3.Bucket, "texts/corpus.txt", CancellationToken.None);
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => RemoteText.ReadAsync(_cloud.S3, LocalCloudS3.Bucket, "texts/other.txt", CancellationToken.None));

        Assert.Equal("to be or not to be", text);
        Assert.StartsWith("s3://spot-test/texts/other.txt does not exist", error.Message);
    }

    private static byte[] Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }
}
