using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using Spot.Contracts.Checkpoints;

namespace Spot.Trainer.Checkpoints;

/// <summary>
/// Checkpoints under an S3 prefix, laid out like the local directory: <c>&lt;prefix&gt;/checkpoints/&lt;id&gt;/&lt;part&gt;</c>,
/// <c>&lt;prefix&gt;/checkpoints/&lt;id&gt;/manifest.json</c> and <c>&lt;prefix&gt;/latest</c>. A PUT is atomic and durable
/// once S3 answers, so no temporary objects are needed; parts above the multipart threshold go up in pieces.
/// </summary>
public sealed class S3CheckpointStore : ICheckpointStore
{
    /// <summary>Parts larger than this are uploaded with multipart upload, in pieces of this size.</summary>
    public const long DefaultMultipartThresholdBytes = 8L << 20;

    private const int DeleteBatchSize = 1000;
    private readonly IAmazonS3 _s3;
    private readonly string _bucket;
    private readonly string _root;
    private readonly S3MultipartUploader _multipart;
    private readonly bool _useChunkEncoding;

    /// <param name="useChunkEncoding">False for S3-compatible servers that store aws-chunked framing as data (DESIGN.md §3).</param>
    public S3CheckpointStore(IAmazonS3 s3, string bucket, string keyPrefix, long multipartThresholdBytes = DefaultMultipartThresholdBytes,
        bool useChunkEncoding = true)
    {
        ArgumentNullException.ThrowIfNull(s3);
        ArgumentException.ThrowIfNullOrWhiteSpace(bucket);
        ArgumentNullException.ThrowIfNull(keyPrefix);
        _s3 = s3;
        _bucket = bucket;
        var prefix = keyPrefix.Trim('/');
        _root = prefix.Length == 0 ? "" : prefix + "/";
        _useChunkEncoding = useChunkEncoding;
        _multipart = new S3MultipartUploader(s3, bucket, multipartThresholdBytes, useChunkEncoding);
    }

    public string Location => $"s3://{_bucket}/{_root}";

    private string CheckpointsPrefix => _root + CheckpointLayout.CheckpointsFolder + "/";

    private string LatestKey => _root + CheckpointLayout.LatestPointerName;

    public Task PutPartAsync(string checkpointId, string partName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        PutAsync(KeyOf(checkpointId, partName), content, cancellationToken);

    public Task<byte[]?> ReadPartAsync(string checkpointId, string partName, CancellationToken cancellationToken) =>
        ReadIfExistsAsync(KeyOf(checkpointId, partName), cancellationToken);

    public Task PutManifestAsync(string checkpointId, ReadOnlyMemory<byte> manifestJson, CancellationToken cancellationToken) =>
        PutAsync(KeyOf(checkpointId, CheckpointLayout.ManifestName), manifestJson, cancellationToken);

    public Task<byte[]?> ReadManifestAsync(string checkpointId, CancellationToken cancellationToken) =>
        ReadIfExistsAsync(KeyOf(checkpointId, CheckpointLayout.ManifestName), cancellationToken);

    public Task SetLatestAsync(string checkpointId, CancellationToken cancellationToken)
    {
        ValidateName(checkpointId, nameof(checkpointId));
        return PutAsync(LatestKey, Encoding.UTF8.GetBytes(checkpointId), cancellationToken);
    }

    public async Task<string?> GetLatestAsync(CancellationToken cancellationToken)
    {
        var bytes = await ReadIfExistsAsync(LatestKey, cancellationToken);
        return bytes is null ? null : Encoding.UTF8.GetString(bytes).Trim();
    }

    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        // With a delimiter, each checkpoint folder comes back once as a common prefix however many objects it holds.
        var folders = await ListAllAsync(new ListObjectsV2Request { BucketName = _bucket, Prefix = CheckpointsPrefix, Delimiter = "/" },
            page => page.CommonPrefixes, cancellationToken);
        return folders.Select(prefix => prefix[CheckpointsPrefix.Length..].TrimEnd('/')).Order(StringComparer.Ordinal).ToList();
    }

    public async Task DeleteAsync(string checkpointId, CancellationToken cancellationToken)
    {
        ValidateName(checkpointId, nameof(checkpointId));
        var keys = await ListAllAsync(new ListObjectsV2Request { BucketName = _bucket, Prefix = CheckpointsPrefix + checkpointId + "/" },
            page => page.S3Objects?.Select(entry => entry.Key), cancellationToken);

        foreach (var batch in keys.Chunk(DeleteBatchSize))
        {
            var response = await _s3.DeleteObjectsAsync(new DeleteObjectsRequest
            {
                BucketName = _bucket,
                Objects = batch.Select(key => new KeyVersion { Key = key }).ToList(),
            }, cancellationToken);
            if (response.DeleteErrors is { Count: > 0 } errors)
                throw new IOException($"Could not delete {errors.Count} object(s) of checkpoint {checkpointId} at {Location}: " +
                    $"{errors[0].Key} failed with {errors[0].Code} ({errors[0].Message})");
        }
    }

    /// <summary>Follows continuation tokens until S3 says the listing is complete.</summary>
    private async Task<List<string>> ListAllAsync(ListObjectsV2Request request, Func<ListObjectsV2Response, IEnumerable<string>?> select,
        CancellationToken cancellationToken)
    {
        var found = new List<string>();
        do
        {
            var page = await _s3.ListObjectsV2Async(request, cancellationToken);
            found.AddRange(select(page) ?? []);
            request.ContinuationToken = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (request.ContinuationToken is not null);
        return found;
    }

    private Task PutAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        content.Length > _multipart.ThresholdBytes
            ? _multipart.UploadAsync(key, content, cancellationToken)
            : _s3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = key, InputStream = AsStream(content), UseChunkEncoding = _useChunkEncoding }, cancellationToken);

    private async Task<byte[]?> ReadIfExistsAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _s3.GetObjectAsync(_bucket, key, cancellationToken);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, cancellationToken);
            return buffer.ToArray();
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchKey" || e.StatusCode == HttpStatusCode.NotFound && e.ErrorCode != "NoSuchBucket")
        {
            return null;
        }
    }

    /// <summary>Wraps the bytes without copying when they sit in an array, which snapshot parts always do.</summary>
    internal static MemoryStream AsStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    private string KeyOf(string checkpointId, string name)
    {
        ValidateName(checkpointId, nameof(checkpointId));
        ValidateName(name, nameof(name));
        return CheckpointsPrefix + checkpointId + "/" + name;
    }

    // Ids and part names become key segments; a slash would nest them where ListAsync and DeleteAsync cannot see.
    private static void ValidateName(string name, string argument)
    {
        if (string.IsNullOrWhiteSpace(name) || name is "." or ".." || name.IndexOfAny(['/', '\\', '\0']) >= 0)
            throw new ArgumentException($"'{name}' is not a valid checkpoint or part name (no slashes, not '.' or '..')", argument);
    }
}
