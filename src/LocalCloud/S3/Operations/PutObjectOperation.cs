using Microsoft.AspNetCore.Http;
using Spot.LocalCloud.S3.Protocol;
using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.S3.Operations;

/// <summary>PutObject (with conditional writes and flexible checksums) and DeleteObject.</summary>
internal static class PutObjectOperation
{
    public static async Task RunAsync(S3Call call)
    {
        var (bucket, key) = (call.RequiredBucket, call.RequiredKey);
        call.Services.Buckets.Require(bucket);
        var condition = WriteCondition.FromRequest(call.Request);
        var attributes = ObjectAttributes.FromRequest(call.Request);

        using var body = await ReceivedBody.ReceiveAsync(call, defaultAlgorithm: null);
        var payload = body.Payload;
        var now = call.Services.Time.GetUtcNow();
        var record = call.Services.Objects.Commit(bucket, key, body.TempPath, condition, dataFile =>
            new ObjectRecord(key, dataFile, payload.Size, payload.ETag, now, attributes, payload.Checksum, PartSizes: null));

        WriteStoredHeaders(call.Response, record);
    }

    public static Task DeleteAsync(S3Call call)
    {
        call.Services.Buckets.Require(call.RequiredBucket);
        call.Services.Objects.Delete(call.RequiredBucket, call.RequiredKey);
        call.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    /// <summary>What PutObject and CompleteMultipartUpload echo: the ETag and the checksum S3 stored.</summary>
    public static void WriteStoredHeaders(HttpResponse response, ObjectRecord record)
    {
        response.Headers.ETag = record.QuotedETag;
        if (record.Checksum is { } checksum)
        {
            response.Headers[checksum.HeaderName] = checksum.Value;
            response.Headers["x-amz-checksum-type"] = checksum.Type;
        }

        response.ContentLength = 0;
    }
}
