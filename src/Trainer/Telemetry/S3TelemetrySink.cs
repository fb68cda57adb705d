using Amazon.S3;
using Amazon.S3.Model;
using Spot.Trainer.Checkpoints;
using S3Location = Spot.Trainer.Hosting.S3Location;

namespace Spot.Trainer.Telemetry;

/// <summary>
/// Telemetry under an S3 prefix, the same prefix the checkpoints use. One PutObject per object: S3 replaces an
/// object atomically, so a reader of <c>status.json</c> always gets a whole one.
/// </summary>
public sealed class S3TelemetrySink : ITelemetrySink
{
    private readonly IAmazonS3 _s3;
    private readonly S3Location _root;
    private readonly bool _useChunkEncoding;

    /// <param name="root">The job's checkpoint root, as parsed from its <c>SPOT_CHECKPOINT_URI</c>.</param>
    /// <param name="useChunkEncoding">False for S3-compatible servers that store aws-chunked framing as data (DESIGN.md §3).</param>
    public S3TelemetrySink(IAmazonS3 s3, S3Location root, bool useChunkEncoding = true)
    {
        ArgumentNullException.ThrowIfNull(s3);
        ArgumentNullException.ThrowIfNull(root);
        _s3 = s3;
        _root = root;
        _useChunkEncoding = useChunkEncoding;
    }

    public string Location => _root.ToString();

    public Task PutAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        TelemetryNames.Validate(name);
        return _s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = _root.Bucket,
            Key = _root.KeyOf(name),
            InputStream = S3CheckpointStore.AsStream(content),
            ContentType = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "application/json" : "application/octet-stream",
            UseChunkEncoding = _useChunkEncoding,
        }, cancellationToken);
    }
}
