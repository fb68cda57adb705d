using System.Text.RegularExpressions;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>Where a job's dataset comes from, by the form its <c>trainer.dataset</c> takes.</summary>
public enum DatasetKind
{
    /// <summary><c>s3://bucket/prefix</c>, read by the trainer through the instance's role.</summary>
    S3,

    /// <summary>An absolute path that exists on the machine the trainer runs on.</summary>
    LocalPath,

    /// <summary><c>fashion-mnist</c>: the copy Debian's dataset-fashion-mnist package installs.</summary>
    FashionMnist,

    /// <summary><c>bundled</c>: the language-model text shipped with the trainer.</summary>
    Bundled,
}

/// <summary>A job's dataset as written, and its kind. The caller turns it into the trainer's data URI.</summary>
public sealed partial record DatasetSpec(DatasetKind Kind, string Location)
{
    public const string FashionMnistName = "fashion-mnist";
    public const string BundledName = "bundled";

    /// <summary>Where Debian's package puts Fashion-MNIST, and so where an instance built from Debian finds it.</summary>
    public const string DebianFashionMnistDirectory = "/usr/share/datasets/fashion-mnist";

    /// <summary>Training examples, where the dataset's size is known without reading it.</summary>
    public long? KnownTrainExamples => Kind == DatasetKind.FashionMnist ? SpecDefaults.FashionMnistTrainExamples : null;

    /// <summary>True for datasets the language model reads (text), false for the image classifiers' IDX files.</summary>
    public bool IsText => Kind == DatasetKind.Bundled;

    /// <summary>Reads a dataset field; on failure returns null and the rule broken.</summary>
    public static DatasetSpec? Parse(string text, out string? problem)
    {
        problem = null;
        if (text == FashionMnistName) return new DatasetSpec(DatasetKind.FashionMnist, text);
        if (text == BundledName) return new DatasetSpec(DatasetKind.Bundled, text);
        if (text.StartsWith("s3://", StringComparison.Ordinal))
        {
            var bucket = text["s3://".Length..].Split('/')[0];
            if (BucketName().IsMatch(bucket) && !bucket.Contains("..", StringComparison.Ordinal))
                return new DatasetSpec(DatasetKind.S3, text.TrimEnd('/'));
            problem = $"'{bucket}' is not a valid S3 bucket name (3-63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit)";
            return null;
        }

        if (text.StartsWith('/'))
            return new DatasetSpec(DatasetKind.LocalPath, text);

        problem = SchemeOf(text) is { } scheme
            ? $"the scheme '{scheme}' is not supported; use s3://bucket/prefix, an absolute local path, {FashionMnistName} or {BundledName}"
            : $"'{text}' is neither s3://bucket/prefix, an absolute local path, {FashionMnistName} nor {BundledName}";
        return null;
    }

    private static string? SchemeOf(string text)
    {
        var end = text.IndexOf("://", StringComparison.Ordinal);
        return end > 0 ? text[..end] : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketName();
}
