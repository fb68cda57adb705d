using System.Buffers.Binary;
using System.IO.Hashing;
using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using Spot.LocalCloud.Tests.S3.Fixtures;

namespace Spot.LocalCloud.Tests.S3;

/// <summary>LocalCloud S3 behaviour beyond the parity suite: checksums kept with objects, part reads, storage hygiene, logging.</summary>
public sealed class LocalCloudS3FeatureTests : IClassFixture<LocalCloudS3Fixture>, IDisposable
{
    private const int MiB = 1024 * 1024;
    private readonly LocalCloudS3Fixture _server;
    private readonly AmazonS3Client _client;

    public LocalCloudS3FeatureTests(LocalCloudS3Fixture server)
    {
        _server = server;
        _client = S3ClientProfile.SdkDefaults.CreateClient(server.ServiceUrl);
    }

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task GetObject_with_checksum_mode_returns_the_CRC32_of_the_stored_bytes()
    {
        var bucket = await NewBucketAsync();
        var body = RandomBytes(50_000, 1);
        var put = await _client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "c", InputStream = new MemoryStream(body) });

        using var get = await _client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "c", ChecksumMode = ChecksumMode.ENABLED });

        Assert.Equal(Crc32Base64(body), put.ChecksumCRC32);
        Assert.Equal(Crc32Base64(body), get.ChecksumCRC32);
    }

    [Fact]
    public async Task Multipart_upload_with_CRC32_gets_the_checksum_of_its_part_checksums_with_the_part_count()
    {
        var bucket = await NewBucketAsync();
        var (uploadId, parts, body) = await UploadTwoPartsAsync(bucket, "composite", ChecksumAlgorithm.CRC32);

        var complete = await _client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
        {
            BucketName = bucket, Key = "composite", UploadId = uploadId, PartETags = parts,
        });

        var partChecksums = parts.SelectMany(p => Convert.FromBase64String(p.ChecksumCRC32)).ToArray();
        Assert.Equal(Crc32Base64(partChecksums) + "-2", complete.ChecksumCRC32);
        Assert.Equal([Crc32Base64(body.AsSpan(0, 5 * MiB).ToArray()), Crc32Base64(body.AsSpan(5 * MiB).ToArray())], parts.Select(p => p.ChecksumCRC32));
    }

    [Fact]
    public async Task CompleteMultipartUpload_naming_a_part_checksum_that_differs_answers_InvalidPart()
    {
        var bucket = await NewBucketAsync();
        var (uploadId, parts, _) = await UploadTwoPartsAsync(bucket, "tampered", ChecksumAlgorithm.CRC32);
        parts[0].ChecksumCRC32 = "AAAAAA==";

        var error = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => _client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
        {
            BucketName = bucket, Key = "tampered", UploadId = uploadId, PartETags = parts,
        }));

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidPart"), (error.StatusCode, error.ErrorCode));
    }

    [Fact]
    public async Task GetObject_with_a_part_number_returns_that_part_and_the_objects_part_count()
    {
        var bucket = await NewBucketAsync();
        var (uploadId, parts, body) = await UploadTwoPartsAsync(bucket, "parts", algorithm: null);
        await _client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
        {
            BucketName = bucket, Key = "parts", UploadId = uploadId, PartETags = parts,
        });

        using var second = await _client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "parts", PartNumber = 2 });
        using var buffer = new MemoryStream();
        await second.ResponseStream.CopyToAsync(buffer);

        Assert.Equal(body.AsSpan(5 * MiB).ToArray(), buffer.ToArray());
        Assert.Equal(2, second.PartsCount);
        Assert.Equal($"bytes {5 * MiB}-{body.Length - 1}/{body.Length}", second.ContentRange);
    }

    [Fact]
    public async Task CopyObject_with_a_stale_copy_source_ETag_answers_412_and_copies_nothing()
    {
        var bucket = await NewBucketAsync();
        var stale = await _client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "src", InputStream = new MemoryStream([1]) });
        await _client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "src", InputStream = new MemoryStream([2]) });

        var error = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => _client.CopyObjectAsync(new CopyObjectRequest
        {
            SourceBucket = bucket, SourceKey = "src", DestinationBucket = bucket, DestinationKey = "dst", ETagToMatch = stale.ETag,
        }));

        Assert.Equal((HttpStatusCode.PreconditionFailed, "PreconditionFailed"), (error.StatusCode, error.ErrorCode));
        Assert.Null(await FindAsync(bucket, "dst"));
    }

    [Fact]
    public async Task A_restart_deletes_data_files_that_no_object_record_points_to()
    {
        var bucket = await NewBucketAsync();
        await _client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "kept", InputStream = new MemoryStream([4, 2]) });
        var objects = Path.Combine(_server.DataDirectory, "buckets", bucket, "objects");
        var orphan = Path.Combine(objects, "0000.crashed-mid-commit.data");
        await File.WriteAllBytesAsync(orphan, [1]);

        await _server.RestartAsync();
        using var client = S3ClientProfile.SdkDefaults.CreateClient(_server.ServiceUrl);
        using var get = await client.GetObjectAsync(bucket, "kept");

        Assert.False(File.Exists(orphan));
        Assert.Equal(2, get.ContentLength);
        Assert.Single(Directory.EnumerateFiles(objects, "*.data"));
    }

    [Fact]
    public async Task Every_call_is_logged_with_its_operation_resource_and_status()
    {
        var bucket = await NewBucketAsync();
        await _client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "logged", InputStream = new MemoryStream([1]) });
        await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => _client.GetObjectAsync(bucket, "absent"));

        Assert.Contains(_server.Logs.Lines, l => l.Contains($"S3 PutObject PUT /{bucket}/logged -> 200", StringComparison.Ordinal));
        Assert.Contains(_server.Logs.Lines, l => l.Contains($"S3 GetObject GET /{bucket}/absent -> 404 NoSuchKey", StringComparison.Ordinal));
    }

    private async Task<GetObjectMetadataResponse?> FindAsync(string bucket, string key)
    {
        try
        {
            return await _client.GetObjectMetadataAsync(bucket, key);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task<string> NewBucketAsync()
    {
        var bucket = "f-" + Guid.NewGuid().ToString("N")[..20];
        await _client.PutBucketAsync(new PutBucketRequest { BucketName = bucket });
        return bucket;
    }

    private async Task<(string UploadId, List<PartETag> Parts, byte[] Body)> UploadTwoPartsAsync(string bucket, string key, ChecksumAlgorithm? algorithm)
    {
        var body = RandomBytes((5 * MiB) + 999, 2);
        var created = await _client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest
        {
            BucketName = bucket, Key = key, ChecksumAlgorithm = algorithm,
        });
        var parts = new List<PartETag>();
        foreach (var (number, offset, length) in new[] { (1, 0, 5 * MiB), (2, 5 * MiB, 999) })
        {
            var part = await _client.UploadPartAsync(new UploadPartRequest
            {
                BucketName = bucket, Key = key, UploadId = created.UploadId, PartNumber = number,
                InputStream = new MemoryStream(body, offset, length), ChecksumAlgorithm = algorithm,
            });
            parts.Add(new PartETag { PartNumber = number, ETag = part.ETag, ChecksumCRC32 = part.ChecksumCRC32 });
        }

        return (created.UploadId, parts, body);
    }

    private static string Crc32Base64(byte[] data)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, Crc32.HashToUInt32(data));
        return Convert.ToBase64String(bytes);
    }

    private static byte[] RandomBytes(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
