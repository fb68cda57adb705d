using System.Net;
using System.Security.Cryptography;
using Amazon.S3.Model;
using Amazon.S3.Transfer;

namespace Spot.LocalCloud.Tests.S3.Parity;

public abstract partial class S3ParityTests
{
    protected const int MiB = 1024 * 1024;

    /// <summary>64 MiB and a bit, so the last part is short and no size lines up with a part boundary.</summary>
    private const int LargeObjectBytes = (64 * MiB) + 12_345;

    [Fact]
    public virtual async Task Multipart_upload_of_64_MiB_in_manual_parts_round_trips_its_SHA256()
    {
        var bucket = await NewBucketAsync();
        var body = RandomBytes(LargeObjectBytes, seed: 10);

        var (uploadId, parts) = await UploadPartsAsync(bucket, "big.bin", body, 8 * MiB);
        var complete = await CompleteAsync(bucket, "big.bin", uploadId, parts);

        Assert.Equal(HttpStatusCode.OK, complete.HttpStatusCode);
        Assert.Equal(9, parts.Count);
        await AssertStoredSha256Async(bucket, "big.bin", body);
    }

    [Fact]
    public virtual async Task TransferUtility_upload_and_download_of_64_MiB_round_trip_its_SHA256()
    {
        var bucket = await NewBucketAsync();
        var body = RandomBytes(LargeObjectBytes, seed: 11);
        using var transfer = new TransferUtility(Client);
        var downloaded = Path.Combine(Server.DataDirectory, "..", $"tu-{Guid.NewGuid():N}.bin");

        await transfer.UploadAsync(new TransferUtilityUploadRequest
        {
            BucketName = bucket, Key = "tu.bin", InputStream = new MemoryStream(body), PartSize = 16 * MiB,
        });
        await transfer.DownloadAsync(new TransferUtilityDownloadRequest { BucketName = bucket, Key = "tu.bin", FilePath = downloaded });

        await AssertStoredSha256Async(bucket, "tu.bin", body);
        try
        {
            Assert.Equal(SHA256.HashData(body), SHA256.HashData(await File.ReadAllBytesAsync(downloaded)));
        }
        finally
        {
            File.Delete(downloaded);
        }
    }

    [Fact]
    public virtual async Task CompleteMultipartUpload_gives_the_object_an_ETag_ending_in_the_part_count()
    {
        var bucket = await NewBucketAsync();
        var body = RandomBytes((5 * MiB) + 100, seed: 12);
        var (uploadId, parts) = await UploadPartsAsync(bucket, "two", body, 5 * MiB);

        var complete = await CompleteAsync(bucket, "two", uploadId, parts);

        Assert.EndsWith("-2\"", complete.ETag, StringComparison.Ordinal);
        Assert.Equal(complete.ETag, (await Client.GetObjectMetadataAsync(bucket, "two")).ETag);
    }

    [Fact]
    public virtual async Task ListParts_reports_each_uploaded_part_with_its_size_and_ETag()
    {
        var bucket = await NewBucketAsync();
        var (uploadId, parts) = await UploadPartsAsync(bucket, "listed", RandomBytes(3000, seed: 13), 1000);

        var listed = await Client.ListPartsAsync(new ListPartsRequest { BucketName = bucket, Key = "listed", UploadId = uploadId });

        Assert.Equal([1, 2, 3], (listed.Parts ?? []).Select(p => p.PartNumber ?? 0));
        Assert.All(listed.Parts ?? [], p => Assert.Equal(1000, p.Size));
        Assert.Equal(parts.Select(p => p.ETag), (listed.Parts ?? []).Select(p => p.ETag));
    }

    [Fact]
    public virtual async Task AbortMultipartUpload_discards_the_upload_so_later_calls_answer_NoSuchUpload()
    {
        var bucket = await NewBucketAsync();
        var (uploadId, _) = await UploadPartsAsync(bucket, "aborted", RandomBytes(2000, seed: 14), 1000);

        await Client.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { BucketName = bucket, Key = "aborted", UploadId = uploadId });

        await AssertS3ErrorAsync(HttpStatusCode.NotFound, "NoSuchUpload",
            () => Client.ListPartsAsync(new ListPartsRequest { BucketName = bucket, Key = "aborted", UploadId = uploadId }));
        await AssertS3ErrorAsync(HttpStatusCode.NotFound, "NoSuchUpload", () => Client.UploadPartAsync(Profile.Configure(new UploadPartRequest
        {
            BucketName = bucket, Key = "aborted", UploadId = uploadId, PartNumber = 3, InputStream = new MemoryStream([1, 2, 3]),
        })));
        await AssertS3ErrorAsync(HttpStatusCode.NotFound, "NoSuchKey", () => Client.GetObjectAsync(bucket, "aborted"));
    }

    [Fact]
    public virtual async Task CompleteMultipartUpload_with_a_wrong_part_ETag_answers_InvalidPart()
    {
        var bucket = await NewBucketAsync();
        var (uploadId, parts) = await UploadPartsAsync(bucket, "bad-etag", RandomBytes((5 * MiB) + 10, seed: 15), 5 * MiB);
        parts[1] = new PartETag { PartNumber = 2, ETag = "\"00000000000000000000000000000000\"" };

        await AssertS3ErrorAsync(HttpStatusCode.BadRequest, "InvalidPart", () => CompleteAsync(bucket, "bad-etag", uploadId, parts));
    }

    [Fact]
    public virtual async Task CompleteMultipartUpload_naming_a_part_never_uploaded_answers_InvalidPart()
    {
        var bucket = await NewBucketAsync();
        var (uploadId, parts) = await UploadPartsAsync(bucket, "missing-part", RandomBytes(100, seed: 16), 100);
        parts.Add(new PartETag { PartNumber = 7, ETag = parts[0].ETag });

        await AssertS3ErrorAsync(HttpStatusCode.BadRequest, "InvalidPart", () => CompleteAsync(bucket, "missing-part", uploadId, parts));
    }

    [Fact]
    public virtual async Task CompleteMultipartUpload_with_a_small_part_before_the_last_answers_EntityTooSmall()
    {
        var bucket = await NewBucketAsync();
        var (uploadId, parts) = await UploadPartsAsync(bucket, "tiny", RandomBytes(3000, seed: 17), 1000);

        await AssertS3ErrorAsync(HttpStatusCode.BadRequest, "EntityTooSmall", () => CompleteAsync(bucket, "tiny", uploadId, parts));
    }

    protected async Task<(string UploadId, List<PartETag> Parts)> UploadPartsAsync(string bucket, string key, byte[] body, int partSize)
    {
        var created = await Client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = bucket, Key = key });
        var parts = new List<PartETag>();
        for (int offset = 0, number = 1; offset < body.Length; offset += partSize, number++)
        {
            var length = Math.Min(partSize, body.Length - offset);
            var part = await Client.UploadPartAsync(Profile.Configure(new UploadPartRequest
            {
                BucketName = bucket, Key = key, UploadId = created.UploadId, PartNumber = number,
                InputStream = new MemoryStream(body, offset, length), PartSize = length,
            }));
            parts.Add(new PartETag { PartNumber = number, ETag = part.ETag });
        }

        return (created.UploadId, parts);
    }

    protected Task<CompleteMultipartUploadResponse> CompleteAsync(
        string bucket, string key, string uploadId, List<PartETag> parts, Action<CompleteMultipartUploadRequest>? configure = null)
    {
        var request = new CompleteMultipartUploadRequest { BucketName = bucket, Key = key, UploadId = uploadId, PartETags = parts };
        configure?.Invoke(request);
        return Client.CompleteMultipartUploadAsync(request);
    }

    private async Task AssertStoredSha256Async(string bucket, string key, byte[] expected)
    {
        using var response = await Client.GetObjectAsync(bucket, key);
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var block = new byte[MiB];
        long size = 0;
        int read;
        while ((read = await response.ResponseStream.ReadAsync(block)) > 0)
        {
            sha256.AppendData(block, 0, read);
            size += read;
        }

        Assert.Equal(expected.LongLength, size);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(expected)), Convert.ToHexString(sha256.GetHashAndReset()));
    }
}
