using System.Buffers.Binary;

namespace Spot.Trainer.Tests.Telemetry;

/// <summary>
/// Reads a TFRecord file (TensorBoard's event file framing) and checks every frame: an 8-byte little-endian length,
/// the masked CRC-32C of those 8 bytes, the payload, and the masked CRC-32C of the payload.
/// </summary>
public static class TfRecordFile
{
    private const uint CastagnoliReflected = 0x82F63B78;
    private static readonly uint[] Table = BuildTable();

    /// <summary>The payloads in order; throws <see cref="InvalidDataException"/> naming the first bad frame.</summary>
    public static List<byte[]> ReadRecords(byte[] file)
    {
        var records = new List<byte[]>();
        int offset = 0;
        while (offset < file.Length)
        {
            if (file.Length - offset < 12)
                throw new InvalidDataException($"record {records.Count} at byte {offset}: header cut short");
            var lengthBytes = file.AsSpan(offset, 8);
            if (MaskedCrc(lengthBytes) != BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset + 8, 4)))
                throw new InvalidDataException($"record {records.Count} at byte {offset}: length CRC mismatch");
            long length = BinaryPrimitives.ReadInt64LittleEndian(lengthBytes);
            if (length < 0 || offset + 12 + length + 4 > file.Length)
                throw new InvalidDataException($"record {records.Count} at byte {offset}: payload of {length} bytes runs past the end");
            var payload = file.AsSpan(offset + 12, (int)length);
            if (MaskedCrc(payload) != BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset + 12 + (int)length, 4)))
                throw new InvalidDataException($"record {records.Count} at byte {offset}: payload CRC mismatch");
            records.Add(payload.ToArray());
            offset += 12 + (int)length + 4;
        }
        return records;
    }

    /// <summary>CRC-32C, rotated right by 15 bits plus a constant, as the TFRecord format masks it.</summary>
    public static uint MaskedCrc(ReadOnlySpan<byte> data)
    {
        uint crc = ~0u;
        foreach (var b in data)
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        crc = ~crc;
        return ((crc >> 15) | (crc << 17)) + 0xA282EAD8;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint value = i;
            for (int bit = 0; bit < 8; bit++)
                value = (value & 1) != 0 ? (value >> 1) ^ CastagnoliReflected : value >> 1;
            table[i] = value;
        }
        return table;
    }
}
