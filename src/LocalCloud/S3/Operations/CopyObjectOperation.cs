using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Spot.LocalCloud.S3.Protocol;
using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.S3.Operations;

/// <summary>
/// CopyObject: a server-side copy into a new single-part object (so its ETag is the MD5 of the bytes), keeping the
/// source's attributes (x-amz-metadata-directive COPY) or taking the request's (REPLACE).
/// </summary>
internal static class CopyObjectOperation
{
    public static async Task RunAsync(S3Call call)
    {
        var (bucket, key) = (call.RequiredBucket, call.RequiredKey);
        call.Services.Buckets.Require(bucket);
        var source = CopySource.Parse(call.Request.Headers["x-amz-copy-source"].ToString());
        var replace = ReadDirective(call.Request);
        if (source.Bucket == bucket && source.Key == key && !replace)
            throw S3Errors.InvalidRequest("This copy request is illegal because it copies an object to itself without changing its metadata.");

        call.Services.Buckets.Require(source.Bucket);
        var condition = WriteCondition.FromRequest(call.Request);
        await call.Request.Body.CopyToAsync(Stream.Null, call.Aborted);

        var temp = call.Services.NewTempFile();
        try
        {
            var (sourceRecord, md5) = await CopyToTempAsync(call, source, temp);
            var attributes = replace ? ObjectAttributes.FromRequest(call.Request) : sourceRecord.Attributes;

            // Same bytes, so a checksum over the whole object still holds; a composite one described the old parts.
            var checksum = sourceRecord.Checksum is { Type: StoredChecksum.FullObject } full ? full : null;
            var now = call.Services.Time.GetUtcNow();
            var record = call.Services.Objects.Commit(bucket, key, temp, condition, dataFile =>
                new ObjectRecord(key, dataFile, sourceRecord.Size, Convert.ToHexStringLower(md5), now, attributes, checksum, PartSizes: null));

            var root = S3Xml.E("CopyObjectResult",
                S3Xml.E("LastModified", S3Xml.Timestamp(record.LastModified)),
                S3Xml.E("ETag", record.QuotedETag),
                checksum is null ? null : S3Xml.E("Checksum" + checksum.Algorithm, checksum.Value));
            await S3Xml.WriteAsync(call.Http, StatusCodes.Status200OK, root, call.Aborted);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static bool ReadDirective(HttpRequest request)
    {
        var directive = request.Headers["x-amz-metadata-directive"].ToString();
        return directive switch
        {
            "" or "COPY" => false,
            "REPLACE" => true,
            _ => throw S3Errors.InvalidArgument("x-amz-metadata-directive", $"'{directive}' is neither COPY nor REPLACE"),
        };
    }

    private static async Task<(ObjectRecord Record, byte[] Md5)> CopyToTempAsync(S3Call call, CopySource source, string temp)
    {
        var (record, data) = call.Services.Objects.OpenRead(source.Bucket, source.Key);
        await using (data)
        {
            // Copy conditions fail with 412 whichever way they fail; there is no 304 for a copy.
            var conditions = ReadConditions.FromRequest(call.Request, "x-amz-copy-source-");
            if (conditions.Evaluate(record) != ReadDecision.Proceed) throw S3Errors.PreconditionFailed(conditions.Describe());

            using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
            await using var target = StreamCopy.CreateNew(temp);
            await StreamCopy.CopyAsync(data, target, record.Size, md5.AppendData, call.Aborted);
            return (record, md5.GetHashAndReset());
        }
    }
}
