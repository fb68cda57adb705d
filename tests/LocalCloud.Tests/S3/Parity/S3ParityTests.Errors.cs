using System.Net;
using Amazon.S3.Model;

namespace Spot.LocalCloud.Tests.S3.Parity;

public abstract partial class S3ParityTests
{
    [Fact]
    public virtual async Task GetObject_of_a_missing_key_answers_404_NoSuchKey()
    {
        var bucket = await NewBucketAsync();

        await AssertS3ErrorAsync(HttpStatusCode.NotFound, "NoSuchKey", () => Client.GetObjectAsync(bucket, "nope"));
    }

    [Fact]
    public virtual async Task HeadObject_of_a_missing_key_answers_404()
    {
        var bucket = await NewBucketAsync();

        await AssertS3ErrorAsync(HttpStatusCode.NotFound, null, () => Client.GetObjectMetadataAsync(bucket, "nope"));
    }

    [Fact]
    public virtual async Task Object_calls_in_a_missing_bucket_answer_404_NoSuchBucket()
    {
        const string bucket = "no-such-bucket-for-spot";

        await AssertS3ErrorAsync(HttpStatusCode.NotFound, "NoSuchBucket", () => Client.GetObjectAsync(bucket, "k"));
        await AssertS3ErrorAsync(HttpStatusCode.NotFound, "NoSuchBucket", () => PutAsync(bucket, "k", [1]));
        await AssertS3ErrorAsync(HttpStatusCode.NotFound, "NoSuchBucket",
            () => Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket }));
    }

    [Fact]
    public virtual async Task CopyObject_from_a_missing_key_answers_404_NoSuchKey()
    {
        var bucket = await NewBucketAsync();

        await AssertS3ErrorAsync(HttpStatusCode.NotFound, "NoSuchKey", () => Client.CopyObjectAsync(new CopyObjectRequest
        {
            SourceBucket = bucket, SourceKey = "ghost", DestinationBucket = bucket, DestinationKey = "copy",
        }));
    }

    [Fact]
    public virtual async Task HeadBucket_answers_200_for_an_existing_bucket_and_404_for_a_missing_one()
    {
        var bucket = await NewBucketAsync();

        var found = await Client.HeadBucketAsync(new HeadBucketRequest { BucketName = bucket });

        Assert.Equal(HttpStatusCode.OK, found.HttpStatusCode);
        await AssertS3ErrorAsync(HttpStatusCode.NotFound, null, () => Client.HeadBucketAsync(new HeadBucketRequest { BucketName = "missing-" + bucket }));
    }

    [Fact]
    public virtual async Task CreateBucket_of_a_bucket_that_exists_answers_409()
    {
        var bucket = await NewBucketAsync();

        await AssertS3ErrorAsync(HttpStatusCode.Conflict, null, () => Client.PutBucketAsync(new PutBucketRequest { BucketName = bucket }));
    }

    [Fact]
    public virtual async Task DeleteBucket_of_a_bucket_with_objects_answers_409_BucketNotEmpty()
    {
        var bucket = await NewBucketAsync();
        await PutAsync(bucket, "keep", [1]);

        await AssertS3ErrorAsync(HttpStatusCode.Conflict, "BucketNotEmpty", () => Client.DeleteBucketAsync(bucket));
    }

    [Fact]
    public virtual async Task DeleteBucket_of_an_empty_bucket_removes_it_from_ListBuckets()
    {
        var bucket = await NewBucketAsync();
        var before = await Client.ListBucketsAsync();

        await Client.DeleteBucketAsync(bucket);

        var after = await Client.ListBucketsAsync();
        Assert.Contains(bucket, (before.Buckets ?? []).Select(b => b.BucketName));
        Assert.DoesNotContain(bucket, (after.Buckets ?? []).Select(b => b.BucketName));
    }

    [Fact]
    public virtual async Task PutObject_with_a_wrong_checksum_header_answers_BadDigest_and_stores_nothing()
    {
        var bucket = await NewBucketAsync();

        await AssertS3ErrorAsync(HttpStatusCode.BadRequest, "BadDigest", () => PutAsync(bucket, "corrupt", [1, 2, 3], r => r.ChecksumCRC32 = "AAAAAA=="));

        await AssertS3ErrorAsync(HttpStatusCode.NotFound, "NoSuchKey", () => Client.GetObjectAsync(bucket, "corrupt"));
    }

    [Fact]
    public virtual async Task PutObject_with_a_wrong_Content_MD5_answers_BadDigest()
    {
        var bucket = await NewBucketAsync();

        await AssertS3ErrorAsync(HttpStatusCode.BadRequest, "BadDigest",
            () => PutAsync(bucket, "md5", [1, 2, 3], r => r.MD5Digest = Convert.ToBase64String(new byte[16])));
    }

    [Fact]
    public virtual async Task Objects_survive_a_server_restart_on_the_same_data_directory()
    {
        var bucket = await NewBucketAsync();
        var body = RandomBytes(200_000, seed: 30);
        var put = await PutAsync(bucket, "durable/ckpt", body, r => r.Metadata.Add("x-amz-meta-step", "7"));

        await RestartServerAsync();

        var head = await Client.GetObjectMetadataAsync(bucket, "durable/ckpt");
        Assert.Equal(put.ETag, head.ETag);
        Assert.Equal("7", head.Metadata["x-amz-meta-step"]);
        Assert.Equal(body, await GetBytesAsync(bucket, "durable/ckpt"));
        var listed = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket });
        Assert.Equal(["durable/ckpt"], (listed.S3Objects ?? []).Select(o => o.Key));
    }
}
