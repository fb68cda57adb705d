using TorchSharp;
using static TorchSharp.torch;

namespace Spot.Trainer.Data;

public enum DatasetSplit
{
    Train,
    Test,
}

/// <summary>
/// Loads Fashion-MNIST (or MNIST: same layout) from a directory of IDX files named <c>train-*</c> and <c>t10k-*</c>,
/// plain or gzip-compressed, as Debian's dataset-fashion-mnist package installs them.
/// </summary>
public static class FashionMnist
{
    public const string DebianDirectory = "/usr/share/datasets/fashion-mnist";
    public const int ClassCount = 10;

    // Mean and standard deviation of the training pixels scaled to [0, 1]; centring helps both models converge.
    private const float PixelMean = 0.2860f;
    private const float PixelStd = 0.3530f;

    public static LabeledImages Load(string directory, DatasetSplit split) =>
        FromArrays(IdxReader.ReadFile(Locate(directory, ImagesName(split))), IdxReader.ReadFile(Locate(directory, LabelsName(split))));

    /// <summary>The base name of a split's image file (without .gz), e.g. train-images-idx3-ubyte.</summary>
    public static string ImagesName(DatasetSplit split) => $"{SplitPrefix(split)}-images-idx3-ubyte";

    public static string LabelsName(DatasetSplit split) => $"{SplitPrefix(split)}-labels-idx1-ubyte";

    private static string SplitPrefix(DatasetSplit split) => split == DatasetSplit.Train ? "train" : "t10k";

    /// <summary>Checks and converts IDX arrays read from anywhere (a directory, an S3 object stream).</summary>
    public static LabeledImages FromArrays(IdxArray images, IdxArray labels)
    {
        Require(images, 3);
        Require(labels, 1);
        if (images.Dimensions[0] != labels.Dimensions[0])
            throw new IdxFormatException(
                $"{images.Source} holds {images.Dimensions[0]} images but {labels.Source} holds {labels.Dimensions[0]} labels");
        int badLabel = Array.FindIndex(labels.Data, label => label >= ClassCount);
        if (badLabel >= 0)
            throw new IdxFormatException($"{labels.Source}: label {labels.Data[badLabel]} at index {badLabel} is not below {ClassCount}");

        int count = images.Dimensions[0], height = images.Dimensions[1], width = images.Dimensions[2];
        using var scope = NewDisposeScope();
        var pixels = tensor(images.Data, new long[] { count, 1, height, width }, dtype: ScalarType.Byte)
            .to(ScalarType.Float32).div_(255f).sub_(PixelMean).div_(PixelStd);
        var classes = tensor(labels.Data, new long[] { count }, dtype: ScalarType.Byte).to(ScalarType.Int64);
        return new LabeledImages(pixels.MoveToOuterDisposeScope(), classes.MoveToOuterDisposeScope(), ClassCount);
    }

    private static string Locate(string directory, string baseName)
    {
        foreach (var candidate in new[] { baseName, baseName + ".gz" })
        {
            var path = Path.Combine(directory, candidate);
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException(
            $"Neither {baseName} nor {baseName}.gz exists in {directory}; install Debian's dataset-fashion-mnist " +
            "(scripts/setup.sh does) or point the data directory at IDX files with those names.");
    }

    private static void Require(IdxArray array, int rank)
    {
        if (array.ElementType != IdxElementType.UnsignedByte)
            throw new IdxFormatException($"{array.Source}: element type {array.ElementType}; images and labels must be unsigned bytes");
        if (array.Dimensions.Length != rank)
            throw new IdxFormatException($"{array.Source}: {array.Dimensions.Length} dimensions where {rank} are expected");
    }
}
