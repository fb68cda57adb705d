using System.Text;

namespace Spot.Trainer.Tests.Telemetry;

public sealed class TfRecordFileTests
{
    [Fact]
    public void MaskedCrc_matches_the_published_CRC32C_check_value()
    {
        // CRC-32C of "123456789" is 0xE3069283 (the standard check value); masked: ror15 + 0xA282EAD8.
        const uint crc = 0xE3069283;
        uint expected = ((crc >> 15) | (crc << 17)) + 0xA282EAD8;

        Assert.Equal(expected, TfRecordFile.MaskedCrc(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void ReadRecords_refuses_a_file_whose_payload_was_altered()
    {
        var payload = Encoding.ASCII.GetBytes("event");
        var file = new List<byte>();
        file.AddRange(BitConverter.GetBytes((long)payload.Length));
        file.AddRange(BitConverter.GetBytes(TfRecordFile.MaskedCrc(BitConverter.GetBytes((long)payload.Length))));
        file.AddRange(payload);
        file.AddRange(BitConverter.GetBytes(TfRecordFile.MaskedCrc(payload)));
        var good = file.ToArray();
        var bad = (byte[])good.Clone();
        bad[13] ^= 1;

        Assert.Equal(payload, Assert.Single(TfRecordFile.ReadRecords(good)));
        Assert.Contains("payload CRC mismatch", Assert.Throws<InvalidDataException>(() => TfRecordFile.ReadRecords(bad)).Message, StringComparison.Ordinal);
    }
}
