namespace Spot.LocalCloud.S3.Storage;

/// <summary>
/// A flexible checksum kept with an object or part. <see cref="Type"/> is FULL_OBJECT when <see cref="Value"/>
/// covers the bytes, or COMPOSITE when it is the checksum of the parts' checksums with a "-N" suffix.
/// </summary>
public sealed record StoredChecksum(string Algorithm, string Value, string Type)
{
    public const string FullObject = "FULL_OBJECT";
    public const string Composite = "COMPOSITE";

    public string HeaderName => "x-amz-checksum-" + Algorithm.ToLowerInvariant();
}
