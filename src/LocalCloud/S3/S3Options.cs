namespace Spot.LocalCloud.S3;

/// <summary>Settings for LocalCloud's S3. Checked when <see cref="S3Api.MapS3"/> runs.</summary>
public sealed class S3Options
{
    /// <summary>Largest single PutObject or UploadPart body, as on AWS (5 GiB).</summary>
    public const long DefaultMaxObjectBytes = 5L * 1024 * 1024 * 1024;

    /// <summary>Smallest size of every part but the last, as on AWS (5 MiB).</summary>
    public const long DefaultMinPartBytes = 5L * 1024 * 1024;

    /// <summary>Required. Folder holding buckets and objects; created if missing, and reused across restarts.</summary>
    public string DataDirectory { get; set; } = "";

    /// <summary>Injected failures (500 InternalError / 503 SlowDown); none until the admin endpoint sets a plan.</summary>
    public S3Faults Faults { get; init; } = new();

    /// <summary>The drill hook that holds one upload mid-request.</summary>
    public S3UploadHold Hold { get; init; } = new();

    /// <summary>Clock for Last-Modified, bucket creation dates and upload initiation times.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Largest body one PutObject or UploadPart may carry. Default 5 GiB.</summary>
    public long MaxObjectBytes { get; set; } = DefaultMaxObjectBytes;

    /// <summary>Smallest allowed part except the last. Default 5 MiB; tests may lower it to keep uploads small.</summary>
    public long MinPartBytes { get; set; } = DefaultMinPartBytes;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that is out of its range.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(DataDirectory))
            throw new ArgumentException("S3Options.DataDirectory is required: the folder where buckets and objects are kept.", nameof(DataDirectory));
        ArgumentNullException.ThrowIfNull(Faults, nameof(Faults));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        if (MaxObjectBytes <= 0)
            throw new ArgumentOutOfRangeException(nameof(MaxObjectBytes), MaxObjectBytes, "S3Options.MaxObjectBytes must be positive.");
        if (MinPartBytes < 0 || MinPartBytes > MaxObjectBytes)
            throw new ArgumentOutOfRangeException(nameof(MinPartBytes), MinPartBytes, "S3Options.MinPartBytes must lie between 0 and MaxObjectBytes.");
    }
}
