using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Spot.LocalCloud.Hosting;
using Spot.Trainer.Checkpoints;

namespace Spot.Trainer.Tests.Checkpoints;

/// <summary>The S3 store against LocalCloud's S3, started in-process on an ephemeral loopback port.</summary>
public sealed class S3CheckpointStoreTests : IAsyncLifetime, IAsyncDisposable
{
    private const string Bucket = "spot-checkpoints";
    private const string Prefix = "jobs/job-1";
    private readonly LocalCloudHost _cloud = new(new LocalCloudOptions());
    private AmazonS3Client _s3 = null!;

    public async Task InitializeAsync()
    {
        await _cloud.StartAsync();
        var config = new AmazonS3Config
        {
            ServiceURL = _cloud.S3Endpoint.ToString(),
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
            MaxErrorRetry = 0, // injected faults must fail the call at once, not after back-off
        };
        _s3 = new AmazonS3Client(new BasicAWSCredentials("localcloud", "localcloud"), config);
        await _s3.PutBucketAsync(Bucket);
    }

    // xunit may call both; each step is safe to repeat.
    Task IAsyncLifetime.DisposeAsync() => ((IAsyncDisposable)this).DisposeAsync().AsTask();

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        _s3?.Dispose();
        await _cloud.DisposeAsync();
    }

    private S3CheckpointStore Store(long threshold = S3CheckpointStore.DefaultMultipartThresholdBytes) =>
        new(_s3, Bucket, Prefix, threshold);

    private static Task<VerifiedCheckpoint?> FindAsync(ICheckpointStore store) =>
        new CheckpointRestorer(store, NullLogger.Instance)
            .FindNewestUsableAsync(SyntheticCheckpoints.JobId, SyntheticCheckpoints.PartNames, CancellationToken.None);

    private static string PartKey(long step, string part) => $"{Prefix}/checkpoints/{CheckpointIds.ForStep(step)}/{part}";

    private async Task<List<string>> KeysUnderAsync(string prefix)
    {
        var page = await _s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, Prefix = prefix });
        return (page.S3Objects ?? []).Select(entry => entry.Key).ToList();
    }

    [Fact]
    public async Task Committed_checkpoint_round_trips_through_S3_with_equal_bytes_and_hashes()
    {
        var store = Store();
        var snapshot = SyntheticCheckpoints.Snapshot(10);
        await new CheckpointCommitter(store, keep: 3, new FakeTimeProvider(), NullLogger.Instance).CommitAsync(snapshot, CancellationToken.None);

        var found = await FindAsync(store);

        Assert.Equal(CheckpointIds.ForStep(10), await store.GetLatestAsync(CancellationToken.None));
        foreach (var part in snapshot.Parts)
        {
            Assert.Equal(part.Content, found!.Parts[part.Name]);
            Assert.Equal(SHA256.HashData(part.Content), SHA256.HashData(found.Parts[part.Name]));
        }
    }

    [Fact]
    public async Task Part_above_the_threshold_is_uploaded_in_pieces_and_reads_back_whole()
    {
        var store = Store(threshold: 5L << 20);
        var big = new byte[12 << 20];
        new Random(7).NextBytes(big);

        await store.PutPartAsync("step-0000000001", "model.bin", big, CancellationToken.None);

        var head = await _s3.GetObjectMetadataAsync(Bucket, PartKey(1, "model.bin"));
        Assert.EndsWith("-3\"", head.ETag, StringComparison.Ordinal); // 5 + 5 + 2 MiB
        var read = await store.ReadPartAsync("step-0000000001", "model.bin", CancellationToken.None);
        Assert.Equal(SHA256.HashData(big), SHA256.HashData(read!));
    }

    [Fact]
    public async Task Missing_objects_read_as_null_and_an_empty_prefix_lists_nothing()
    {
        var store = Store();

        Assert.Null(await store.ReadPartAsync("step-0000000001", "model.bin", CancellationToken.None));
        Assert.Null(await store.ReadManifestAsync("step-0000000001", CancellationToken.None));
        Assert.Null(await store.GetLatestAsync(CancellationToken.None));
        Assert.Empty(await store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Corrupted_part_object_makes_the_restorer_fall_back_to_the_previous_checkpoint()
    {
        var store = Store();
        await SyntheticCheckpoints.CommitAsync(store, 10, 20);
        var original = await store.ReadPartAsync(CheckpointIds.ForStep(20), "model.bin", CancellationToken.None);
        var damaged = original!.ToArray();
        damaged[3] ^= 0x01;
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = PartKey(20, "model.bin"), InputStream = new MemoryStream(damaged) });

        var found = await FindAsync(store);

        Assert.Equal(10, found!.Manifest.Step);
    }

    [Fact]
    public async Task Latest_is_not_moved_when_S3_fails_during_a_commit()
    {
        var store = Store();
        await SyntheticCheckpoints.CommitAsync(store, 10);

        await _cloud.AdminClient.FailS3Async(1.0, 503);
        await Assert.ThrowsAsync<AmazonS3Exception>(() => SyntheticCheckpoints.CommitAsync(store, 20));
        await _cloud.AdminClient.FailS3Async(0);

        Assert.Equal(CheckpointIds.ForStep(10), await store.GetLatestAsync(CancellationToken.None));
        Assert.Equal(10, (await FindAsync(store))!.Manifest.Step);
    }

    [Fact]
    public async Task Keeping_two_deletes_every_object_of_older_checkpoints()
    {
        var store = Store();
        var committer = new CheckpointCommitter(store, keep: 2, new FakeTimeProvider(), NullLogger.Instance);
        foreach (var step in new long[] { 10, 20, 30 })
            await committer.CommitAsync(SyntheticCheckpoints.Snapshot(step), CancellationToken.None);

        Assert.Empty(await KeysUnderAsync($"{Prefix}/checkpoints/{CheckpointIds.ForStep(10)}/"));
        Assert.Equal([CheckpointIds.ForStep(20), CheckpointIds.ForStep(30)], await store.ListAsync(CancellationToken.None));
        Assert.Equal(3, (await KeysUnderAsync($"{Prefix}/checkpoints/{CheckpointIds.ForStep(30)}/")).Count);
    }
}
