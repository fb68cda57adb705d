using System.Buffers.Binary;
using System.IO.Compression;

namespace Spot.Trainer.Data;

/// <summary>
/// Reads the IDX format of the MNIST family: two zero bytes, a type code, a dimension count, one big-endian int32
/// per dimension, then the data. Works on any stream, so a file and an S3 object body read the same way.
/// </summary>
public static class IdxReader
{
    private const string GzipSuffix = ".gz";

    public static IdxArray ReadFile(string path)
    {
        using var file = File.OpenRead(path);
        return Read(file, path);
    }

    /// <summary>Reads one IDX array; <paramref name="name"/> ending in ".gz" means the stream is gzip-compressed.</summary>
    public static IdxArray Read(Stream stream, string name)
    {
        if (!name.EndsWith(GzipSuffix, StringComparison.OrdinalIgnoreCase))
            return ReadPlain(stream, name);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        try
        {
            return ReadPlain(gzip, name);
        }
        catch (InvalidDataException e)
        {
            throw new IdxFormatException($"{name}: the gzip stream is damaged ({e.Message})");
        }
    }

    private static IdxArray ReadPlain(Stream stream, string name)
    {
        Span<byte> magic = stackalloc byte[4];
        if (ReadFully(stream, magic) < magic.Length)
            throw new IdxFormatException($"{name}: truncated inside the 4-byte magic number");
        if (magic[0] == 0x1f && magic[1] == 0x8b)
            throw new IdxFormatException($"{name}: the data is gzip-compressed but the name does not end in {GzipSuffix}");
        if (magic[0] != 0 || magic[1] != 0)
            throw new IdxFormatException($"{name}: bad magic number 0x{Convert.ToHexString(magic)}; IDX files start with two zero bytes");

        var type = (IdxElementType)magic[2];
        if (!Enum.IsDefined(type))
            throw new IdxFormatException($"{name}: unknown element type code 0x{magic[2]:X2}");
        int rank = magic[3];
        if (rank == 0)
            throw new IdxFormatException($"{name}: the header declares zero dimensions");

        var dims = ReadDimensions(stream, name, rank);
        long bytes = dims.Aggregate(1L, (count, dim) => checked(count * dim)) * ElementSize(type);
        if (bytes > Array.MaxLength)
            throw new IdxFormatException($"{name}: {bytes} bytes of data is more than one array can hold");

        var data = new byte[bytes];
        int read = ReadFully(stream, data);
        if (read < data.Length)
            throw new IdxFormatException($"{name}: truncated; the header promises {data.Length} bytes of data but only {read} follow");
        if (stream.ReadByte() != -1)
            throw new IdxFormatException($"{name}: data continues past the {data.Length} bytes the header declares");
        return new IdxArray(name, type, dims, data);
    }

    private static int[] ReadDimensions(Stream stream, string name, int rank)
    {
        var header = new byte[rank * 4];
        if (ReadFully(stream, header) < header.Length)
            throw new IdxFormatException($"{name}: truncated inside the {rank} dimension sizes");
        var dims = new int[rank];
        for (int i = 0; i < rank; i++)
        {
            dims[i] = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(i * 4));
            if (dims[i] <= 0)
                throw new IdxFormatException($"{name}: dimension {i} has size {dims[i]}; sizes must be positive");
        }
        return dims;
    }

    private static int ElementSize(IdxElementType type) => type switch
    {
        IdxElementType.UnsignedByte or IdxElementType.SignedByte => 1,
        IdxElementType.Int16 => 2,
        IdxElementType.Int32 or IdxElementType.Float32 => 4,
        _ => 8,
    };

    private static int ReadFully(Stream stream, Span<byte> buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int read = stream.Read(buffer[total..]);
            if (read == 0) break;
            total += read;
        }
        return total;
    }
}
