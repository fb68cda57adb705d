using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.S3.Payload;

/// <summary>A body that reached disk intact: its decoded size, MD5 (the single-part ETag) and flexible checksum.</summary>
internal sealed record ReceivedPayload(long Size, byte[] Md5, StoredChecksum? Checksum)
{
    public string ETag => Convert.ToHexStringLower(Md5);
}
