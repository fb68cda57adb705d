using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.S3.Protocol;

/// <summary>What every S3 operation may use: the stores, the clock and the limits from <see cref="S3Options"/>.</summary>
internal sealed class S3Services
{
    public S3Services(S3Options options)
    {
        Options = options;
        Paths = new StoragePaths(options.DataDirectory);
        Objects = new ObjectStore(Paths);
        Buckets = new BucketStore(Paths, Objects, options.TimeProvider);
        Uploads = new MultipartStore(Paths);
    }

    public S3Options Options { get; }
    public StoragePaths Paths { get; }
    public ObjectStore Objects { get; }
    public BucketStore Buckets { get; }
    public MultipartStore Uploads { get; }
    public TimeProvider Time => Options.TimeProvider;

    /// <summary>A fresh temp file path; the caller deletes it unless it was committed (moved away).</summary>
    public string NewTempFile() => Paths.NewTempFile();
}
