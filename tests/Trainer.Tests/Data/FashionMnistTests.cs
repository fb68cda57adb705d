using Spot.Trainer.Data;
using Spot.Trainer.Tests.Support;
using static TorchSharp.torch;

namespace Spot.Trainer.Tests.Data;

[Collection(FashionMnistCollection.Name)]
public sealed class FashionMnistTests(FashionMnistFixture data)
{
    [Fact]
    public void Load_gives_60000_training_and_10000_test_images_of_28_by_28()
    {
        Assert.Equal(60000, data.Train.Count);
        Assert.Equal(10000, data.Test.Count);
        using var scope = NewDisposeScope();
        var (images, labels) = data.Train.Slice(0, 8);
        Assert.Equal(new long[] { 8, 1, 28, 28 }, images.shape);
        Assert.Equal(ScalarType.Float32, images.dtype);
        Assert.Equal(ScalarType.Int64, labels.dtype);
    }

    [Fact]
    public void Load_centres_the_pixels_with_the_training_mean()
    {
        using var scope = NewDisposeScope();
        var (images, _) = data.Train.Slice(0, 60000);

        Assert.InRange(images.mean().item<float>(), -0.01f, 0.01f);
        Assert.InRange(images.std().item<float>(), 0.99f, 1.01f);
    }

    [Fact]
    public void Load_names_the_directory_and_the_files_it_looked_for_when_they_are_missing()
    {
        using var empty = new TempDirectory();

        var error = Assert.Throws<FileNotFoundException>(() => FashionMnist.Load(empty.Path, DatasetSplit.Test));

        Assert.Contains("t10k-images-idx3-ubyte", error.Message);
        Assert.Contains(empty.Path, error.Message);
    }

    [Fact]
    public void Load_reports_a_label_file_that_disagrees_with_the_image_count()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.Combine("t10k-images-idx3-ubyte"), [0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 1, 9, 9]);
        File.WriteAllBytes(dir.Combine("t10k-labels-idx1-ubyte"), [0, 0, 8, 1, 0, 0, 0, 3, 1, 2, 3]);

        var error = Assert.Throws<IdxFormatException>(() => FashionMnist.Load(dir.Path, DatasetSplit.Test));

        Assert.Contains("holds 2 images but", error.Message);
        Assert.Contains("holds 3 labels", error.Message);
    }
}
