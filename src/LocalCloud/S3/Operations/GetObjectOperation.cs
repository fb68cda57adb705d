using System.Globalization;
using Microsoft.AspNetCore.Http;
using Spot.LocalCloud.S3.Protocol;
using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.S3.Operations;

/// <summary>GetObject and HeadObject: conditional reads, byte ranges, part numbers, and streamed bodies.</summary>
internal static class GetObjectOperation
{
    private static readonly (string Query, string Header)[] Overrides =
    [
        ("response-content-type", "Content-Type"),
        ("response-content-language", "Content-Language"),
        ("response-expires", "Expires"),
        ("response-cache-control", "Cache-Control"),
        ("response-content-disposition", "Content-Disposition"),
        ("response-content-encoding", "Content-Encoding"),
    ];

    public static Task GetAsync(S3Call call) => ServeAsync(call, sendBody: true);

    public static Task HeadAsync(S3Call call) => ServeAsync(call, sendBody: false);

    private static async Task ServeAsync(S3Call call, bool sendBody)
    {
        call.Services.Buckets.Require(call.RequiredBucket);
        var (record, data) = call.Services.Objects.OpenRead(call.RequiredBucket, call.RequiredKey);
        await using (data)
        {
            var response = call.Response;
            var conditions = ReadConditions.FromRequest(call.Request);
            switch (conditions.Evaluate(record))
            {
                case ReadDecision.PreconditionFailed:
                    throw S3Errors.PreconditionFailed(conditions.Describe());
                case ReadDecision.NotModified:
                    WriteValidators(response, record);
                    response.StatusCode = StatusCodes.Status304NotModified;
                    return;
            }

            var range = SelectRange(call, record);
            WriteValidators(response, record);
            response.Headers.AcceptRanges = "bytes";
            record.Attributes.WriteTo(response);
            foreach (var (query, header) in Overrides)
            {
                if (call.Query[query].ToString() is { Length: > 0 } value) response.Headers[header] = value;
            }

            if (range is { } r)
            {
                response.StatusCode = StatusCodes.Status206PartialContent;
                response.Headers.ContentRange = r.ContentRange(record.Size);
            }
            else
            {
                WriteChecksum(call, record);
            }

            var first = range?.First ?? 0;
            var length = range?.Length ?? record.Size;
            response.ContentLength = length;
            if (!sendBody || length == 0) return;

            data.Seek(first, SeekOrigin.Begin);
            await StreamCopy.CopyAsync(data, response.Body, length, observe: null, call.Aborted);
        }
    }

    private static void WriteValidators(HttpResponse response, ObjectRecord record)
    {
        response.Headers.ETag = record.QuotedETag;
        response.Headers.LastModified = record.LastModified.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>The Range header's bytes, or with ?partNumber=N the bytes of part N; null for the whole object.</summary>
    private static ByteRange? SelectRange(S3Call call, ObjectRecord record)
    {
        var partText = call.Query["partNumber"].ToString();
        if (partText.Length == 0) return ByteRange.Parse(call.Request.Headers.Range, record.Size);
        if (call.Request.Headers.Range.Count > 0) throw S3Errors.InvalidRequest("Range and partNumber cannot both be given.");
        if (!int.TryParse(partText, NumberStyles.None, CultureInfo.InvariantCulture, out var part) || part < 1)
            throw S3Errors.InvalidArgument("partNumber", $"'{partText}' is not a whole number from 1 to 10000");

        var sizes = record.PartSizes ?? [record.Size];
        if (part > sizes.Count) throw new S3Exception("InvalidPartNumber", 416, $"The object has {sizes.Count} part(s); part {part} does not exist.");
        if (record.PartSizes is not null) call.Response.Headers["x-amz-mp-parts-count"] = sizes.Count.ToString(CultureInfo.InvariantCulture);

        var first = sizes.Take(part - 1).Sum();
        return sizes[part - 1] == 0 ? null : new ByteRange(first, first + sizes[part - 1] - 1);
    }

    /// <summary>Whole-object reads report the stored checksum when asked (x-amz-checksum-mode: ENABLED), as S3 does.</summary>
    private static void WriteChecksum(S3Call call, ObjectRecord record)
    {
        if (record.Checksum is not { } checksum) return;
        if (!string.Equals(call.Request.Headers["x-amz-checksum-mode"], "ENABLED", StringComparison.OrdinalIgnoreCase)) return;
        call.Response.Headers[checksum.HeaderName] = checksum.Value;
        call.Response.Headers["x-amz-checksum-type"] = checksum.Type;
    }
}
