using Microsoft.AspNetCore.Http;
using Spot.LocalCloud.S3.Payload;
using Spot.LocalCloud.S3.Protocol;
using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.S3.Operations;

/// <summary>
/// CompleteMultipartUpload: checks the parts list, joins the parts into one file, and commits it as the object
/// (with If-None-Match / If-Match honoured at the commit point). A refused completion leaves the upload intact.
/// </summary>
internal static class CompleteMultipartOperation
{
    private const long MaxBodyBytes = 2 * 1024 * 1024;

    public static async Task RunAsync(S3Call call)
    {
        var (bucket, key) = (call.RequiredBucket, call.RequiredKey);
        var services = call.Services;
        services.Buckets.Require(bucket);
        var upload = services.Uploads.Get(bucket, key, call.Query["uploadId"].ToString());
        var condition = WriteCondition.FromRequest(call.Request);
        condition.Check(key, services.Objects.Find(bucket, key));

        var document = await S3Xml.ReadAsync(call.Request.Body, MaxBodyBytes, call.Aborted);
        var requested = CompletionRequest.Parse(document, upload.ChecksumAlgorithm);
        var parts = CompletionRequest.Match(requested, services.Uploads.ListParts(bucket, upload), services.Options.MinPartBytes);

        var temp = services.NewTempFile();
        try
        {
            var checksum = await AssembleAsync(call, upload, parts, temp);
            var etag = CompletionRequest.MultipartETag(parts);
            var sizes = parts.Select(p => p.Size).ToArray();
            var now = services.Time.GetUtcNow();
            var record = services.Objects.Commit(bucket, key, temp, condition, dataFile =>
                new ObjectRecord(key, dataFile, sizes.Sum(), etag, now, upload.Attributes, checksum, sizes));
            services.Uploads.Delete(bucket, upload.UploadId);

            if (checksum is not null) call.Response.Headers["x-amz-checksum-type"] = checksum.Type;
            var root = S3Xml.E("CompleteMultipartUploadResult",
                S3Xml.E("Location", $"{call.Request.Scheme}://{call.Request.Host}/{bucket}/{Uri.EscapeDataString(key)}"),
                S3Xml.E("Bucket", bucket),
                S3Xml.E("Key", key),
                S3Xml.E("ETag", record.QuotedETag),
                checksum is null ? null : S3Xml.E("Checksum" + checksum.Algorithm, checksum.Value),
                checksum is null ? null : S3Xml.E("ChecksumType", checksum.Type));
            await S3Xml.WriteAsync(call.Http, StatusCodes.Status200OK, root, call.Aborted);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Concatenates the parts into <paramref name="temp"/> and returns the object's checksum, if the upload has one.</summary>
    private static async Task<StoredChecksum?> AssembleAsync(S3Call call, UploadRecord upload, IReadOnlyList<PartRecord> parts, string temp)
    {
        var algorithm = ChecksumAlgorithm.FromName(upload.ChecksumAlgorithm);
        var fullObject = upload.ChecksumType == StoredChecksum.FullObject && algorithm is not null;
        using var hash = fullObject ? algorithm!.CreateHash() : null;

        await using (var target = StreamCopy.CreateNew(temp))
        {
            foreach (var part in parts)
            {
                await using var source = StreamCopy.OpenRead(call.Services.Uploads.PartDataPath(call.RequiredBucket, upload, part));
                await StreamCopy.CopyAsync(source, target, part.Size, hash is null ? null : hash.Append, call.Aborted);
            }
        }

        if (algorithm is null) return null;
        if (!fullObject) return CompletionRequest.CompositeChecksum(algorithm, parts);

        var value = Convert.ToBase64String(hash!.Finish());
        var claimed = call.Request.Headers[algorithm.HeaderName].ToString();
        if (claimed.Length > 0 && claimed != value) throw S3Errors.BadDigest(algorithm.HeaderName);
        return new StoredChecksum(algorithm.Name, value, StoredChecksum.FullObject);
    }
}
