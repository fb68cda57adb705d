using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Spot.LocalCloud.S3.Payload;

namespace Spot.LocalCloud.Tests.S3.Payload;

public sealed class ReflectedCrcTests
{
    private static readonly byte[] CheckInput = Encoding.ASCII.GetBytes("123456789");

    // The published check values of each CRC: its value over the ASCII string "123456789".
    [Theory]
    [InlineData("CRC32", "CBF43926")]
    [InlineData("CRC32C", "E3069283")]
    [InlineData("CRC64NVME", "AE8B14860A799888")]
    public void Compute_gives_the_published_check_value_for_123456789(string name, string expectedHex)
    {
        var crc = name switch
        {
            "CRC32" => ReflectedCrc.Crc32,
            "CRC32C" => ReflectedCrc.Crc32C,
            _ => ReflectedCrc.Crc64Nvme,
        };

        Assert.Equal(expectedHex, Convert.ToHexString(crc.Compute(CheckInput)));
    }

    [Fact]
    public void Crc32_matches_System_IO_Hashing_on_random_data_fed_in_uneven_blocks()
    {
        var data = new byte[1_000_003];
        new Random(5).NextBytes(data);
        var crc = ReflectedCrc.Crc32;

        var state = crc.Initial;
        for (int offset = 0, block = 1; offset < data.Length; offset += block, block = (block * 7 % 4093) + 1)
            state = crc.Update(state, data.AsSpan(offset, Math.Min(block, data.Length - offset)));

        var expected = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(expected, Crc32.HashToUInt32(data));
        Assert.Equal(expected, crc.Finish(state));
    }

    [Fact]
    public void Compute_of_nothing_is_zero()
    {
        Assert.Equal(new byte[4], ReflectedCrc.Crc32.Compute([]));
        Assert.Equal(new byte[8], ReflectedCrc.Crc64Nvme.Compute([]));
    }
}
