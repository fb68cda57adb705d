using Amazon.S3.Model;

namespace Spot.LocalCloud.Tests.S3.Parity;

public abstract partial class S3ParityTests
{
    [Fact]
    public virtual async Task ListObjectsV2_with_a_prefix_and_delimiter_rolls_deeper_keys_into_common_prefixes()
    {
        var bucket = await NewBucketAsync();
        foreach (var key in new[] { "jobs/a/ckpt/1", "jobs/a/ckpt/2", "jobs/a/status.json", "jobs/b/status.json", "jobs/readme", "other/x" })
            await PutAsync(bucket, key, [1]);

        var top = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Delimiter = "/" });
        var jobs = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = "jobs/", Delimiter = "/" });
        var jobA = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = "jobs/a/" });

        Assert.Equal(["jobs/", "other/"], top.CommonPrefixes ?? []);
        Assert.Empty(top.S3Objects ?? []);
        Assert.Equal(["jobs/a/", "jobs/b/"], jobs.CommonPrefixes ?? []);
        Assert.Equal(["jobs/readme"], (jobs.S3Objects ?? []).Select(o => o.Key));
        Assert.Equal(["jobs/a/ckpt/1", "jobs/a/ckpt/2", "jobs/a/status.json"], (jobA.S3Objects ?? []).Select(o => o.Key));
    }

    [Fact]
    public virtual async Task ListObjectsV2_reports_a_common_prefix_whose_keys_all_lie_further_down()
    {
        var bucket = await NewBucketAsync();
        foreach (var key in new[] { "jobs/a/ckpt/1", "jobs/b/ckpt/000/model.bin", "jobs/c.txt" }) await PutAsync(bucket, key, [1]);

        var jobs = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = "jobs/", Delimiter = "/" });

        Assert.Equal(["jobs/a/", "jobs/b/"], jobs.CommonPrefixes ?? []);
        Assert.Equal(["jobs/c.txt"], (jobs.S3Objects ?? []).Select(o => o.Key));
    }

    [Fact]
    public virtual async Task ListObjectsV2_pages_through_every_key_in_order_with_continuation_tokens()
    {
        var bucket = await NewBucketAsync();
        var keys = Enumerable.Range(0, 7).Select(i => $"k{i:D2}").ToArray();
        foreach (var key in keys.Reverse()) await PutAsync(bucket, key, [(byte)key.Length]);

        var seen = new List<string>();
        var pages = new List<(int? KeyCount, bool? Truncated)>();
        string? token = null;
        do
        {
            var page = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, MaxKeys = 3, ContinuationToken = token });
            seen.AddRange((page.S3Objects ?? []).Select(o => o.Key));
            pages.Add((page.KeyCount, page.IsTruncated));
            token = page.NextContinuationToken;
        }
        while (token is not null);

        Assert.Equal(keys, seen);
        Assert.Equal([(3, true), (3, true), (1, false)], pages);
    }

    [Fact]
    public virtual async Task ListObjectsV2_pagination_counts_common_prefixes_and_never_repeats_them()
    {
        var bucket = await NewBucketAsync();
        foreach (var key in new[] { "a/1", "a/2", "b/1", "c", "d/1", "d/2" }) await PutAsync(bucket, key, [1]);

        var first = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Delimiter = "/", MaxKeys = 2 });
        var second = await Client.ListObjectsV2Async(new ListObjectsV2Request
        {
            BucketName = bucket, Delimiter = "/", MaxKeys = 2, ContinuationToken = first.NextContinuationToken,
        });

        Assert.Equal(["a/", "b/"], first.CommonPrefixes ?? []);
        Assert.Equal(2, first.KeyCount);
        Assert.True(first.IsTruncated);
        Assert.Equal(["c"], (second.S3Objects ?? []).Select(o => o.Key));
        Assert.Equal(["d/"], second.CommonPrefixes ?? []);
        Assert.Equal(2, second.KeyCount);
        Assert.False(second.IsTruncated ?? false);
    }

    [Fact]
    public virtual async Task ListObjectsV2_with_start_after_lists_only_later_keys()
    {
        var bucket = await NewBucketAsync();
        foreach (var key in new[] { "ckpt-001", "ckpt-002", "ckpt-003", "ckpt-004" }) await PutAsync(bucket, key, [1]);

        var page = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, StartAfter = "ckpt-002" });

        Assert.Equal(["ckpt-003", "ckpt-004"], (page.S3Objects ?? []).Select(o => o.Key));
    }

    [Fact]
    public virtual async Task ListObjectsV2_reports_each_objects_size_and_ETag()
    {
        var bucket = await NewBucketAsync();
        var body = RandomBytes(321, seed: 8);
        await PutAsync(bucket, "sized", body);

        var listed = Assert.Single((await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket })).S3Objects ?? []);

        Assert.Equal(321, listed.Size);
        Assert.Equal($"\"{Md5Hex(body)}\"", listed.ETag);
    }

    [Fact]
    public virtual async Task ListObjects_v1_pages_through_every_key_with_markers()
    {
        var bucket = await NewBucketAsync();
        foreach (var key in new[] { "m0", "m1", "m2", "m3", "m4" }) await PutAsync(bucket, key, [1]);

        var seen = new List<string>();
        var truncated = new List<bool?>();
        string? marker = null;
        do
        {
            var page = await Client.ListObjectsAsync(new ListObjectsRequest { BucketName = bucket, MaxKeys = 2, Marker = marker });
            var keys = (page.S3Objects ?? []).Select(o => o.Key).ToList();
            seen.AddRange(keys);
            truncated.Add(page.IsTruncated);
            marker = page.IsTruncated == true ? page.NextMarker ?? keys[^1] : null;
        }
        while (marker is not null);

        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], seen);
        Assert.Equal([true, true, false], truncated);
    }
}
