using System.Buffers.Binary;

namespace Spot.LocalCloud.S3.Payload;

/// <summary>
/// A table-driven, bit-reflected CRC of width 32 or 64 (the family S3's CRC32, CRC32C and CRC64NVME belong to),
/// processed eight bytes at a time because every multi-MiB upload runs through it.
/// </summary>
public sealed class ReflectedCrc
{
    public static readonly ReflectedCrc Crc32 = new(32, 0xEDB88320UL);
    public static readonly ReflectedCrc Crc32C = new(32, 0x82F63B78UL);
    public static readonly ReflectedCrc Crc64Nvme = new(64, 0x9A6C9329AC4BC9B5UL);

    private readonly ulong[][] _tables;
    private readonly ulong _mask;

    private ReflectedCrc(int width, ulong reflectedPolynomial)
    {
        Width = width;
        _mask = width == 64 ? ulong.MaxValue : (1UL << width) - 1;
        _tables = BuildTables(reflectedPolynomial);
    }

    public int Width { get; }

    public int ByteLength => Width / 8;

    public ulong Initial => _mask;

    public ulong Update(ulong state, ReadOnlySpan<byte> data)
    {
        var t = _tables;
        while (data.Length >= 8)
        {
            var v = state ^ BinaryPrimitives.ReadUInt64LittleEndian(data);
            state = t[7][v & 0xFF] ^ t[6][(v >> 8) & 0xFF] ^ t[5][(v >> 16) & 0xFF] ^ t[4][(v >> 24) & 0xFF]
                  ^ t[3][(v >> 32) & 0xFF] ^ t[2][(v >> 40) & 0xFF] ^ t[1][(v >> 48) & 0xFF] ^ t[0][v >> 56];
            data = data[8..];
        }

        foreach (var b in data) state = t[0][(state ^ b) & 0xFF] ^ (state >> 8);
        return state;
    }

    /// <summary>The final value, big-endian, as S3 puts it (base64) into x-amz-checksum-* headers.</summary>
    public byte[] Finish(ulong state)
    {
        var value = (state ^ _mask) & _mask;
        var bytes = new byte[ByteLength];
        if (Width == 64) BinaryPrimitives.WriteUInt64BigEndian(bytes, value);
        else BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)value);
        return bytes;
    }

    public byte[] Compute(ReadOnlySpan<byte> data) => Finish(Update(Initial, data));

    private static ulong[][] BuildTables(ulong polynomial)
    {
        var tables = new ulong[8][];
        tables[0] = new ulong[256];
        for (ulong b = 0; b < 256; b++)
        {
            var crc = b;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (crc >> 1) ^ polynomial : crc >> 1;
            tables[0][b] = crc;
        }

        // Table k holds the CRC of a byte followed by k zero bytes, so eight lookups advance eight bytes.
        for (var k = 1; k < 8; k++)
        {
            tables[k] = new ulong[256];
            for (var b = 0; b < 256; b++)
            {
                var previous = tables[k - 1][b];
                tables[k][b] = (previous >> 8) ^ tables[0][previous & 0xFF];
            }
        }

        return tables;
    }
}
