namespace Spot.Trainer.Data;

/// <summary>The element types the IDX format defines, by their type code in the header.</summary>
public enum IdxElementType : byte
{
    UnsignedByte = 0x08,
    SignedByte = 0x09,
    Int16 = 0x0B,
    Int32 = 0x0C,
    Float32 = 0x0D,
    Float64 = 0x0E,
}

/// <summary>One IDX file: its element type, its dimensions and the raw big-endian data that follows the header.</summary>
public sealed record IdxArray(string Source, IdxElementType ElementType, int[] Dimensions, byte[] Data)
{
    public long ElementCount => Dimensions.Aggregate(1L, (count, dim) => count * dim);
}

/// <summary>An IDX file that cannot be read; the message names the file and what is wrong with it.</summary>
public sealed class IdxFormatException(string message) : Exception(message);
