using System.Net;
using Amazon.S3.Model;

namespace Spot.LocalCloud.Tests.S3.Parity;

public abstract partial class S3ParityTests
{
    [Fact]
    public virtual async Task PutObject_with_IfNoneMatch_star_creates_a_free_key_and_answers_412_when_it_exists()
    {
        var bucket = await NewBucketAsync();

        await PutAsync(bucket, "latest", [1], r => r.IfNoneMatch = "*");

        await AssertS3ErrorAsync(HttpStatusCode.PreconditionFailed, "PreconditionFailed",
            () => PutAsync(bucket, "latest", [2], r => r.IfNoneMatch = "*"));
        Assert.Equal([1], await GetBytesAsync(bucket, "latest"));
    }

    [Fact]
    public virtual async Task PutObject_with_IfMatch_replaces_only_the_version_it_names()
    {
        var bucket = await NewBucketAsync();
        var first = await PutAsync(bucket, "manifest", [1]);
        var second = await PutAsync(bucket, "manifest", [2], r => r.IfMatch = first.ETag);

        await AssertS3ErrorAsync(HttpStatusCode.PreconditionFailed, "PreconditionFailed",
            () => PutAsync(bucket, "manifest", [3], r => r.IfMatch = first.ETag));
        Assert.Equal([2], await GetBytesAsync(bucket, "manifest"));
        Assert.NotEqual(first.ETag, second.ETag);
    }

    [Fact]
    public virtual async Task CompleteMultipartUpload_with_IfNoneMatch_star_answers_412_when_the_key_exists()
    {
        var bucket = await NewBucketAsync();
        await PutAsync(bucket, "taken", [7]);
        var (uploadId, parts) = await UploadPartsAsync(bucket, "taken", RandomBytes(100, seed: 20), 100);

        await AssertS3ErrorAsync(HttpStatusCode.PreconditionFailed, "PreconditionFailed",
            () => CompleteAsync(bucket, "taken", uploadId, parts, r => r.IfNoneMatch = "*"));
        Assert.Equal([7], await GetBytesAsync(bucket, "taken"));
    }

    [Fact]
    public virtual async Task GetObject_with_IfNoneMatch_the_current_ETag_answers_304()
    {
        var bucket = await NewBucketAsync();
        var put = await PutAsync(bucket, "cached", [1, 2]);

        await AssertS3ErrorAsync(HttpStatusCode.NotModified, null,
            () => Client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "cached", EtagToNotMatch = put.ETag }));
    }

    [Fact]
    public virtual async Task GetObject_with_IfModifiedSince_after_the_upload_answers_304()
    {
        var bucket = await NewBucketAsync();
        await PutAsync(bucket, "old", [1]);

        await AssertS3ErrorAsync(HttpStatusCode.NotModified, null, () => Client.GetObjectAsync(new GetObjectRequest
        {
            BucketName = bucket, Key = "old", ModifiedSinceDate = DateTime.UtcNow.AddDays(1),
        }));
    }

    [Fact]
    public virtual async Task GetObject_with_IfMatch_a_stale_ETag_answers_412_and_with_the_current_one_succeeds()
    {
        var bucket = await NewBucketAsync();
        var stale = await PutAsync(bucket, "moving", [1]);
        var current = await PutAsync(bucket, "moving", [2]);

        await AssertS3ErrorAsync(HttpStatusCode.PreconditionFailed, "PreconditionFailed",
            () => Client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "moving", EtagToMatch = stale.ETag }));
        Assert.Equal([2], await GetBytesAsync(bucket, "moving", r => r.EtagToMatch = current.ETag));
    }
}
