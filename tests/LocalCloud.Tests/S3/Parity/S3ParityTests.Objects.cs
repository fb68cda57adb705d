using System.Net;
using Amazon.S3.Model;

namespace Spot.LocalCloud.Tests.S3.Parity;

public abstract partial class S3ParityTests
{
    [Fact]
    public virtual async Task PutObject_then_GetObject_returns_the_same_bytes_content_type_and_metadata()
    {
        var bucket = await NewBucketAsync();
        var body = RandomBytes(100_003, seed: 1);

        var put = await PutAsync(bucket, "data/blob.bin", body, r =>
        {
            r.ContentType = "application/x-spot";
            r.Metadata.Add("x-amz-meta-run", "r42");
        });

        using var get = await Client.GetObjectAsync(bucket, "data/blob.bin");
        using var buffer = new MemoryStream();
        await get.ResponseStream.CopyToAsync(buffer);
        Assert.Equal(body, buffer.ToArray());
        Assert.Equal("application/x-spot", get.Headers.ContentType);
        Assert.Equal("r42", get.Metadata["x-amz-meta-run"]);
        Assert.Equal($"\"{Md5Hex(body)}\"", put.ETag);
        Assert.Equal(put.ETag, get.ETag);
    }

    [Fact]
    public virtual async Task PutObject_of_an_odd_sized_body_stores_exactly_those_bytes()
    {
        // 1 MiB + 7 bytes crosses the SDK's streaming chunk boundaries, where chunk framing would leak in.
        var bucket = await NewBucketAsync();
        var body = RandomBytes((1024 * 1024) + 7, seed: 2);

        await PutAsync(bucket, "odd.bin", body);

        Assert.Equal(body, await GetBytesAsync(bucket, "odd.bin"));
    }

    [Fact]
    public virtual async Task PutObject_of_an_empty_body_stores_an_empty_object()
    {
        var bucket = await NewBucketAsync();

        await PutAsync(bucket, "empty", []);

        var head = await Client.GetObjectMetadataAsync(bucket, "empty");
        Assert.Equal(0, head.ContentLength);
        Assert.Empty(await GetBytesAsync(bucket, "empty"));
    }

    [Fact]
    public virtual async Task HeadObject_reports_size_ETag_and_metadata()
    {
        var bucket = await NewBucketAsync();
        var body = RandomBytes(4096, seed: 3);
        await PutAsync(bucket, "head/me", body, r => r.Metadata.Add("x-amz-meta-step", "100"));

        var head = await Client.GetObjectMetadataAsync(bucket, "head/me");

        Assert.Equal(4096, head.ContentLength);
        Assert.Equal($"\"{Md5Hex(body)}\"", head.ETag);
        Assert.Equal("100", head.Metadata["x-amz-meta-step"]);
    }

    [Fact]
    public virtual async Task Keys_with_spaces_plus_signs_and_unicode_round_trip_and_list_unchanged()
    {
        var bucket = await NewBucketAsync();
        string[] keys = ["dir with space/a+b=c.txt", "ünïcødé/κλειδί.bin", "percent%2Fliteral", "trailing/"];
        foreach (var key in keys) await PutAsync(bucket, key, System.Text.Encoding.UTF8.GetBytes(key));

        foreach (var key in keys) Assert.Equal(key, System.Text.Encoding.UTF8.GetString(await GetBytesAsync(bucket, key)));
        var listed = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket });
        Assert.Equal(keys.Order(StringComparer.Ordinal), (listed.S3Objects ?? []).Select(o => o.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public virtual async Task DeleteObject_removes_the_key_so_GetObject_answers_NoSuchKey()
    {
        var bucket = await NewBucketAsync();
        await PutAsync(bucket, "doomed", [1, 2, 3]);

        await Client.DeleteObjectAsync(bucket, "doomed");

        await AssertS3ErrorAsync(HttpStatusCode.NotFound, "NoSuchKey", () => Client.GetObjectAsync(bucket, "doomed"));
    }

    [Fact]
    public virtual async Task DeleteObject_of_a_missing_key_succeeds_as_S3_deletes_are_idempotent()
    {
        var bucket = await NewBucketAsync();

        var response = await Client.DeleteObjectAsync(bucket, "never-existed");

        Assert.Equal(HttpStatusCode.NoContent, response.HttpStatusCode);
    }

    [Fact]
    public virtual async Task CopyObject_copies_bytes_content_type_and_metadata_to_a_new_key()
    {
        var bucket = await NewBucketAsync();
        var target = await NewBucketAsync();
        var body = RandomBytes(70_000, seed: 4);
        await PutAsync(bucket, "src/ckpt", body, r =>
        {
            r.ContentType = "application/octet-stream";
            r.Metadata.Add("x-amz-meta-sha256", "abc");
        });

        var copy = await Client.CopyObjectAsync(new CopyObjectRequest
        {
            SourceBucket = bucket, SourceKey = "src/ckpt", DestinationBucket = target, DestinationKey = "dst/ckpt",
        });

        Assert.Equal($"\"{Md5Hex(body)}\"", copy.ETag);
        using var get = await Client.GetObjectAsync(target, "dst/ckpt");
        Assert.Equal("abc", get.Metadata["x-amz-meta-sha256"]);
        Assert.Equal("application/octet-stream", get.Headers.ContentType);
        Assert.Equal(body, await GetBytesAsync(target, "dst/ckpt"));
    }

    [Fact]
    public virtual async Task CopyObject_with_metadata_directive_REPLACE_takes_the_requests_metadata()
    {
        var bucket = await NewBucketAsync();
        await PutAsync(bucket, "a", [9, 9], r => r.Metadata.Add("x-amz-meta-old", "1"));

        var request = new CopyObjectRequest
        {
            SourceBucket = bucket, SourceKey = "a", DestinationBucket = bucket, DestinationKey = "a",
            MetadataDirective = Amazon.S3.S3MetadataDirective.REPLACE,
        };
        request.Metadata.Add("x-amz-meta-new", "2");
        await Client.CopyObjectAsync(request);

        var head = await Client.GetObjectMetadataAsync(bucket, "a");
        Assert.Equal("2", head.Metadata["x-amz-meta-new"]);
        Assert.DoesNotContain("x-amz-meta-old", head.Metadata.Keys);
    }

    [Fact]
    public virtual async Task DeleteObjects_removes_every_listed_key()
    {
        var bucket = await NewBucketAsync();
        foreach (var key in new[] { "old/1", "old/2", "old/3", "keep" }) await PutAsync(bucket, key, [1]);

        var response = await Client.DeleteObjectsAsync(new DeleteObjectsRequest
        {
            BucketName = bucket,
            Objects = [new KeyVersion { Key = "old/1" }, new KeyVersion { Key = "old/2" }, new KeyVersion { Key = "old/3" }],
        });

        Assert.Equal(["old/1", "old/2", "old/3"], (response.DeletedObjects ?? []).Select(d => d.Key).Order(StringComparer.Ordinal));
        var left = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket });
        Assert.Equal(["keep"], (left.S3Objects ?? []).Select(o => o.Key));
    }
}
