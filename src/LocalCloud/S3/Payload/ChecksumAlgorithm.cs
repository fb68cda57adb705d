using System.Security.Cryptography;

namespace Spot.LocalCloud.S3.Payload;

/// <summary>One of S3's flexible checksum algorithms: its wire name, its header and how to compute it.</summary>
internal sealed class ChecksumAlgorithm
{
    public static readonly ChecksumAlgorithm Crc32 = new("CRC32", 4, () => new CrcHash(ReflectedCrc.Crc32));
    public static readonly ChecksumAlgorithm Crc32C = new("CRC32C", 4, () => new CrcHash(ReflectedCrc.Crc32C));
    public static readonly ChecksumAlgorithm Crc64Nvme = new("CRC64NVME", 8, () => new CrcHash(ReflectedCrc.Crc64Nvme));
    public static readonly ChecksumAlgorithm Sha1 = new("SHA1", 20, () => new DigestHash(HashAlgorithmName.SHA1));
    public static readonly ChecksumAlgorithm Sha256 = new("SHA256", 32, () => new DigestHash(HashAlgorithmName.SHA256));

    public static readonly IReadOnlyList<ChecksumAlgorithm> All = [Crc32, Crc32C, Crc64Nvme, Sha1, Sha256];

    private readonly Func<IPayloadHash> _create;

    private ChecksumAlgorithm(string name, int digestLength, Func<IPayloadHash> create)
    {
        Name = name;
        DigestLength = digestLength;
        HeaderName = "x-amz-checksum-" + name.ToLowerInvariant();
        _create = create;
    }

    public string Name { get; }

    /// <summary>The request and response header carrying the base64 value, e.g. x-amz-checksum-crc32.</summary>
    public string HeaderName { get; }

    public int DigestLength { get; }

    public IPayloadHash CreateHash() => _create();

    public static ChecksumAlgorithm? FromName(string? name) =>
        All.FirstOrDefault(a => string.Equals(a.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static ChecksumAlgorithm? FromHeader(string? header) =>
        All.FirstOrDefault(a => string.Equals(a.HeaderName, header?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="base64"/> decodes to a digest of this algorithm's length.</summary>
    public bool IsWellFormed(string base64)
    {
        Span<byte> bytes = stackalloc byte[64];
        return Convert.TryFromBase64String(base64, bytes, out var written) && written == DigestLength;
    }

    public override string ToString() => Name;
}
