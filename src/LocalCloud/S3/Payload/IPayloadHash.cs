using System.Security.Cryptography;

namespace Spot.LocalCloud.S3.Payload;

/// <summary>A digest fed block by block while a body streams to disk.</summary>
internal interface IPayloadHash : IDisposable
{
    void Append(ReadOnlySpan<byte> data);

    byte[] Finish();
}

internal sealed class CrcHash(ReflectedCrc crc) : IPayloadHash
{
    private ulong _state = crc.Initial;

    public void Append(ReadOnlySpan<byte> data) => _state = crc.Update(_state, data);

    public byte[] Finish() => crc.Finish(_state);

    public void Dispose()
    {
    }
}

internal sealed class DigestHash(HashAlgorithmName name) : IPayloadHash
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(name);

    public void Append(ReadOnlySpan<byte> data) => _hash.AppendData(data);

    public byte[] Finish() => _hash.GetHashAndReset();

    public void Dispose() => _hash.Dispose();
}
