using System.Globalization;
using System.Text;

namespace Spot.LocalCloud.Tests.S3.Fixtures;

/// <summary>
/// Builds aws-chunked bodies by hand, the way the v4 SDKs frame them, so tests can send shapes the SDK only sends
/// over HTTPS (unsigned trailers) and shapes it never sends (wrong trailers, broken framing).
/// </summary>
public static class AwsChunkedEncoder
{
    private static readonly string FakeSignature = new('a', 64);

    public static byte[] Encode(byte[] data, int chunkSize, bool signed, params (string Name, string Value)[] trailers)
    {
        using var body = new MemoryStream();
        for (var offset = 0; offset < data.Length; offset += chunkSize)
        {
            var length = Math.Min(chunkSize, data.Length - offset);
            Write(body, ChunkHeader(length, signed));
            body.Write(data, offset, length);
            Write(body, "\r\n");
        }

        Write(body, ChunkHeader(0, signed));
        foreach (var (name, value) in trailers) Write(body, $"{name}:{value}\r\n");
        if (signed && trailers.Length > 0) Write(body, $"x-amz-trailer-signature:{FakeSignature}\r\n");
        Write(body, "\r\n");
        return body.ToArray();
    }

    private static string ChunkHeader(int length, bool signed) =>
        length.ToString("x", CultureInfo.InvariantCulture) + (signed ? ";chunk-signature=" + FakeSignature : "") + "\r\n";

    private static void Write(Stream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));
}
