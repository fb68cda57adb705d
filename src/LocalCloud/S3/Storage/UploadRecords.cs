namespace Spot.LocalCloud.S3.Storage;

/// <summary>
/// A multipart upload in progress: its target key, the attributes the finished object will carry, and the checksum
/// algorithm (with its type, FULL_OBJECT or COMPOSITE) its parts are summed with.
/// </summary>
internal sealed record UploadRecord(
    string UploadId,
    string Key,
    DateTimeOffset Initiated,
    ObjectAttributes Attributes,
    string? ChecksumAlgorithm,
    string? ChecksumType);

/// <summary>One received part; <paramref name="DataFile"/> names its bytes inside the upload's folder.</summary>
internal sealed record PartRecord(
    int PartNumber,
    string DataFile,
    long Size,
    string ETag,
    DateTimeOffset LastModified,
    StoredChecksum? Checksum)
{
    public string QuotedETag => "\"" + ETag + "\"";
}
