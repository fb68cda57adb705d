namespace Spot.LocalCloud.S3.Storage;

/// <summary>
/// An object's sidecar record: which data file holds its bytes, and everything S3 reports about it.
/// Writing this record is what makes a new version visible.
/// </summary>
/// <param name="ETag">Unquoted: the hex MD5 for single-part objects, "hex-N" for objects assembled from N parts.</param>
/// <param name="PartSizes">The sizes of the parts a multipart object was assembled from, in order; null otherwise.</param>
public sealed record ObjectRecord(
    string Key,
    string DataFile,
    long Size,
    string ETag,
    DateTimeOffset LastModified,
    ObjectAttributes Attributes,
    StoredChecksum? Checksum,
    IReadOnlyList<long>? PartSizes)
{
    public int PartsCount => PartSizes?.Count ?? 0;

    public string QuotedETag => "\"" + ETag + "\"";
}
