using System.Text;
using Spot.LocalCloud.S3.Payload;
using Spot.LocalCloud.S3.Protocol;
using Spot.LocalCloud.Tests.S3.Fixtures;

namespace Spot.LocalCloud.Tests.S3.Payload;

public sealed class AwsChunkedStreamTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reading_yields_exactly_the_payload_bytes_and_then_the_trailers(bool signed)
    {
        var data = new byte[200_001];
        new Random(3).NextBytes(data);
        var body = AwsChunkedEncoder.Encode(data, 65_536, signed, ("x-amz-checksum-crc32", "AAAAAA=="));

        var (decoded, trailers) = await DecodeAsync(body);

        Assert.Equal(data, decoded);
        Assert.Equal("AAAAAA==", trailers["x-amz-checksum-crc32"]);
    }

    [Fact]
    public async Task A_body_without_trailers_or_a_final_blank_line_still_decodes()
    {
        var body = Encoding.ASCII.GetBytes("5\r\nhello\r\n0\r\n");

        var (decoded, trailers) = await DecodeAsync(body);

        Assert.Equal("hello", Encoding.ASCII.GetString(decoded));
        Assert.Empty(trailers);
    }

    [Theory]
    [InlineData("zz\r\nhello\r\n0\r\n\r\n", "not a hexadecimal number")]
    [InlineData("5\r\nhel", "ended inside a chunk")]
    [InlineData("5\r\nhelloXX0\r\n\r\n", "not followed by CRLF")]
    [InlineData("5\r\nhello\r\n", "before its final zero-size chunk")]
    [InlineData("0\r\nno-colon-here\r\n\r\n", "no 'name:value' form")]
    public async Task Malformed_framing_is_refused_as_InvalidRequest_saying_what_is_wrong(string body, string reason)
    {
        var error = await Assert.ThrowsAsync<S3Exception>(() => DecodeAsync(Encoding.ASCII.GetBytes(body)));

        Assert.Equal("InvalidRequest", error.Code);
        Assert.Equal(400, error.StatusCode);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private static async Task<(byte[] Data, IReadOnlyDictionary<string, string> Trailers)> DecodeAsync(byte[] body)
    {
        // One byte at a time from the inner stream: framing must not depend on how the network splits the body.
        var stream = new AwsChunkedStream(new TrickleStream(body));
        using var decoded = new MemoryStream();
        await stream.CopyToAsync(decoded);
        return (decoded.ToArray(), stream.Trailers);
    }

    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 7)], cancellationToken);
    }
}
