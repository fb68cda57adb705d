using System.Buffers.Binary;
using System.IO.Hashing;
using System.Net;
using System.Security.Cryptography;
using Spot.LocalCloud.S3.Payload;
using Spot.LocalCloud.Tests.S3.Fixtures;

namespace Spot.LocalCloud.Tests.S3;

/// <summary>aws-chunked PutObject bodies with trailing checksums, including the unsigned form the SDK uses over HTTPS.</summary>
public sealed class AwsChunkedUploadTests(LocalCloudS3Fixture server) : S3WireTestBase(server), IClassFixture<LocalCloudS3Fixture>
{
    private static readonly byte[] Data = RandomData(300_007);

    [Theory]
    [InlineData("STREAMING-UNSIGNED-PAYLOAD-TRAILER", false, "x-amz-checksum-crc32")]
    [InlineData("STREAMING-UNSIGNED-PAYLOAD-TRAILER", false, "x-amz-checksum-crc32c")]
    [InlineData("STREAMING-UNSIGNED-PAYLOAD-TRAILER", false, "x-amz-checksum-sha256")]
    [InlineData("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER", true, "x-amz-checksum-crc32")]
    public async Task A_body_whose_trailer_checksum_matches_is_stored_byte_for_byte(string payload, bool signed, string trailer)
    {
        var bucket = await NewBucketAsync();

        using var put = await PutChunkedAsync(bucket, "ok", payload, signed, trailer, Checksum(trailer, Data));
        using var get = await Http.GetAsync($"{bucket}/ok");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(Data, await get.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{Convert.ToHexStringLower(MD5Of(Data))}\"", put.Headers.ETag?.Tag);
        Assert.Equal(Checksum(trailer, Data), put.Headers.GetValues(trailer).Single());
    }

    [Theory]
    [InlineData("x-amz-checksum-crc32")]
    [InlineData("x-amz-checksum-crc32c")]
    [InlineData("x-amz-checksum-sha256")]
    public async Task A_body_whose_trailer_checksum_differs_answers_BadDigest_and_stores_nothing(string trailer)
    {
        var bucket = await NewBucketAsync();
        var wrong = Checksum(trailer, [.. Data, 0]);

        using var put = await PutChunkedAsync(bucket, "bad", "STREAMING-UNSIGNED-PAYLOAD-TRAILER", false, trailer, wrong);
        using var get = await Http.GetAsync($"{bucket}/bad");

        await AssertErrorAsync(put, HttpStatusCode.BadRequest, "BadDigest");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(Server.DataDirectory, "tmp")));
    }

    [Fact]
    public async Task A_signed_chunked_body_without_trailers_is_stored_byte_for_byte()
    {
        var bucket = await NewBucketAsync();
        var body = AwsChunkedEncoder.Encode(Data, 8192, signed: true);

        using var put = await SendAsync(HttpMethod.Put, $"{bucket}/plain", body,
            ("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"), ("Content-Encoding", "aws-chunked"),
            ("x-amz-decoded-content-length", Data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var get = await Http.GetAsync($"{bucket}/plain");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(Data, await get.Content.ReadAsByteArrayAsync());
        Assert.False(get.Content.Headers.Contains("Content-Encoding"));
    }

    [Fact]
    public async Task A_trailer_declared_but_never_sent_answers_InvalidRequest()
    {
        var bucket = await NewBucketAsync();
        var body = AwsChunkedEncoder.Encode(Data, 65_536, signed: false);

        using var put = await SendAsync(HttpMethod.Put, $"{bucket}/t", body,
            ("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER"), ("Content-Encoding", "aws-chunked"), ("x-amz-trailer", "x-amz-checksum-crc32"),
            ("x-amz-decoded-content-length", Data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        await AssertErrorAsync(put, HttpStatusCode.BadRequest, "InvalidRequest");
    }

    [Fact]
    public async Task Content_MD5_is_checked_against_the_decoded_bytes_not_the_framing()
    {
        var bucket = await NewBucketAsync();
        var body = AwsChunkedEncoder.Encode(Data, 65_536, signed: false);
        var length = Data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var good = await SendAsync(HttpMethod.Put, $"{bucket}/m", body, ("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER"),
            ("Content-Encoding", "aws-chunked"), ("x-amz-decoded-content-length", length), ("Content-MD5", Convert.ToBase64String(MD5Of(Data))));
        using var bad = await SendAsync(HttpMethod.Put, $"{bucket}/m", body, ("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER"),
            ("Content-Encoding", "aws-chunked"), ("x-amz-decoded-content-length", length), ("Content-MD5", Convert.ToBase64String(MD5Of(body))));

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        await AssertErrorAsync(bad, HttpStatusCode.BadRequest, "BadDigest");
    }

    private Task<HttpResponseMessage> PutChunkedAsync(string bucket, string key, string payload, bool signed, string trailer, string value) =>
        SendAsync(HttpMethod.Put, $"{bucket}/{key}", AwsChunkedEncoder.Encode(Data, 65_536, signed, (trailer, value)),
            ("x-amz-content-sha256", payload), ("Content-Encoding", "aws-chunked"), ("x-amz-trailer", trailer),
            ("x-amz-decoded-content-length", Data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Reference checksums from outside LocalCloud where one exists (System.IO.Hashing, SHA256); CRC32C by its check-value-tested table.</summary>
    private static string Checksum(string header, byte[] data)
    {
        var bytes = header switch
        {
            "x-amz-checksum-crc32" => BigEndian(Crc32.HashToUInt32(data)),
            "x-amz-checksum-sha256" => SHA256.HashData(data),
            _ => ReflectedCrc.Crc32C.Compute(data),
        };
        return Convert.ToBase64String(bytes);
    }

    private static byte[] BigEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] MD5Of(byte[] data)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        md5.AppendData(data);
        return md5.GetHashAndReset();
    }

    private static byte[] RandomData(int size)
    {
        var data = new byte[size];
        new Random(77).NextBytes(data);
        return data;
    }
}
