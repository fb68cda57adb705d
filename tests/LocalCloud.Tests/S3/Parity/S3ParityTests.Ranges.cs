using System.Net;
using Amazon.S3.Model;

namespace Spot.LocalCloud.Tests.S3.Parity;

public abstract partial class S3ParityTests
{
    [Theory]
    [InlineData("bytes=0-9", 0, 10)]
    [InlineData("bytes=100-199", 100, 100)]
    [InlineData("bytes=990-", 990, 10)]
    [InlineData("bytes=995-5000", 995, 5)]
    public virtual async Task GetObject_with_a_range_returns_206_and_only_those_bytes(string range, int first, int length)
    {
        var bucket = await NewBucketAsync();
        var body = RandomBytes(1000, seed: 5);
        await PutAsync(bucket, "ranged", body);

        using var response = await Client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "ranged", ByteRange = new ByteRange(range) });
        using var buffer = new MemoryStream();
        await response.ResponseStream.CopyToAsync(buffer);

        Assert.Equal(HttpStatusCode.PartialContent, response.HttpStatusCode);
        Assert.Equal($"bytes {first}-{first + length - 1}/1000", response.ContentRange);
        Assert.Equal(body.AsSpan(first, length).ToArray(), buffer.ToArray());
    }

    [Fact]
    public virtual async Task GetObject_with_a_suffix_range_returns_the_last_bytes()
    {
        var bucket = await NewBucketAsync();
        var body = RandomBytes(1000, seed: 6);
        await PutAsync(bucket, "tail", body);

        var tail = await GetBytesAsync(bucket, "tail", r => r.ByteRange = new ByteRange("bytes=-24"));

        Assert.Equal(body[^24..], tail);
    }

    [Fact]
    public virtual async Task GetObject_with_a_range_past_the_end_answers_416_InvalidRange()
    {
        var bucket = await NewBucketAsync();
        await PutAsync(bucket, "short", RandomBytes(1000, seed: 7));

        await AssertS3ErrorAsync(HttpStatusCode.RequestedRangeNotSatisfiable, "InvalidRange",
            () => Client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "short", ByteRange = new ByteRange(1000, 1100) }));
    }

    [Fact]
    public virtual async Task GetObject_with_response_header_overrides_answers_with_those_headers()
    {
        var bucket = await NewBucketAsync();
        await PutAsync(bucket, "report", [1, 2, 3], r => r.ContentType = "application/octet-stream");

        var request = new GetObjectRequest { BucketName = bucket, Key = "report" };
        request.ResponseHeaderOverrides.ContentType = "text/csv";
        request.ResponseHeaderOverrides.ContentDisposition = "attachment; filename=report.csv";
        using var response = await Client.GetObjectAsync(request);

        Assert.Equal("text/csv", response.Headers.ContentType);
        Assert.Equal("attachment; filename=report.csv", response.Headers.ContentDisposition);
    }
}
