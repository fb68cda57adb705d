using System.Globalization;
using Microsoft.AspNetCore.Http;
using Spot.LocalCloud.S3.Payload;
using Spot.LocalCloud.S3.Protocol;
using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.S3.Operations;

/// <summary>CreateMultipartUpload, UploadPart, ListParts and AbortMultipartUpload.</summary>
internal static class MultipartOperations
{
    private const int MaxPartsPerListing = 1000;

    public static Task CreateAsync(S3Call call)
    {
        var (bucket, key) = (call.RequiredBucket, call.RequiredKey);
        call.Services.Buckets.Require(bucket);
        var algorithm = ReadAlgorithm(call.Request);
        var type = ReadChecksumType(call.Request, algorithm);
        var upload = call.Services.Uploads.Create(bucket, new UploadRecord(
            "", key, call.Services.Time.GetUtcNow(), ObjectAttributes.FromRequest(call.Request), algorithm?.Name, type));

        if (algorithm is not null)
        {
            call.Response.Headers["x-amz-checksum-algorithm"] = algorithm.Name;
            call.Response.Headers["x-amz-checksum-type"] = type;
        }

        var root = S3Xml.E("InitiateMultipartUploadResult", S3Xml.E("Bucket", bucket), S3Xml.E("Key", key), S3Xml.E("UploadId", upload.UploadId));
        return S3Xml.WriteAsync(call.Http, StatusCodes.Status200OK, root, call.Aborted);
    }

    public static async Task UploadPartAsync(S3Call call)
    {
        var bucket = call.RequiredBucket;
        call.Services.Buckets.Require(bucket);
        var partNumber = ReadPartNumber(call.Query["partNumber"].ToString());
        var upload = call.Services.Uploads.Get(bucket, call.RequiredKey, call.Query["uploadId"].ToString());

        using var body = await ReceivedBody.ReceiveAsync(call, ChecksumAlgorithm.FromName(upload.ChecksumAlgorithm));
        var payload = body.Payload;
        var now = call.Services.Time.GetUtcNow();
        var part = call.Services.Uploads.CommitPart(bucket, upload, partNumber, body.TempPath, dataFile =>
            new PartRecord(partNumber, dataFile, payload.Size, payload.ETag, now, payload.Checksum));

        call.Response.Headers.ETag = part.QuotedETag;
        if (part.Checksum is { } checksum) call.Response.Headers[checksum.HeaderName] = checksum.Value;
        call.Response.ContentLength = 0;
    }

    public static Task ListPartsAsync(S3Call call)
    {
        var (bucket, key) = (call.RequiredBucket, call.RequiredKey);
        call.Services.Buckets.Require(bucket);
        var upload = call.Services.Uploads.Get(bucket, key, call.Query["uploadId"].ToString());
        var maxParts = ReadCount(call.Query["max-parts"].ToString(), "max-parts", MaxPartsPerListing);
        var marker = ReadCount(call.Query["part-number-marker"].ToString(), "part-number-marker", 0);

        var after = call.Services.Uploads.ListParts(bucket, upload).Where(p => p.PartNumber > marker).ToList();
        var page = after.Take(maxParts).ToList();
        var truncated = after.Count > page.Count;
        var root = S3Xml.E("ListPartsResult",
            S3Xml.E("Bucket", bucket),
            S3Xml.E("Key", key),
            S3Xml.E("UploadId", upload.UploadId),
            S3Xml.E("PartNumberMarker", marker.ToString(CultureInfo.InvariantCulture)),
            S3Xml.E("NextPartNumberMarker", (page.LastOrDefault()?.PartNumber ?? marker).ToString(CultureInfo.InvariantCulture)),
            S3Xml.E("MaxParts", maxParts.ToString(CultureInfo.InvariantCulture)),
            S3Xml.E("IsTruncated", S3Xml.Bool(truncated)),
            S3Owner.Element("Initiator"),
            S3Owner.Element(),
            S3Xml.E("StorageClass", "STANDARD"),
            upload.ChecksumAlgorithm is null ? null : S3Xml.E("ChecksumAlgorithm", upload.ChecksumAlgorithm),
            upload.ChecksumType is null ? null : S3Xml.E("ChecksumType", upload.ChecksumType),
            page.Select(p => S3Xml.E("Part",
                S3Xml.E("PartNumber", p.PartNumber.ToString(CultureInfo.InvariantCulture)),
                S3Xml.E("LastModified", S3Xml.Timestamp(p.LastModified)),
                S3Xml.E("ETag", p.QuotedETag),
                S3Xml.E("Size", p.Size.ToString(CultureInfo.InvariantCulture)),
                p.Checksum is null ? null : S3Xml.E("Checksum" + p.Checksum.Algorithm, p.Checksum.Value))));
        return S3Xml.WriteAsync(call.Http, StatusCodes.Status200OK, root, call.Aborted);
    }

    public static Task AbortAsync(S3Call call)
    {
        var bucket = call.RequiredBucket;
        call.Services.Buckets.Require(bucket);
        var upload = call.Services.Uploads.Get(bucket, call.RequiredKey, call.Query["uploadId"].ToString());
        call.Services.Uploads.Delete(bucket, upload.UploadId);
        call.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    public static int ReadPartNumber(string text)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number is < MultipartStore.MinPartNumber or > MultipartStore.MaxPartNumber)
        {
            throw S3Errors.InvalidArgument("partNumber", $"'{text}' is not a whole number from {MultipartStore.MinPartNumber} to {MultipartStore.MaxPartNumber}");
        }

        return number;
    }

    private static int ReadCount(string text, string name, int fallback)
    {
        if (text.Length == 0) return fallback;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            throw S3Errors.InvalidArgument(name, $"'{text}' is not a non-negative whole number");
        return name == "max-parts" ? Math.Min(value, MaxPartsPerListing) : value;
    }

    private static ChecksumAlgorithm? ReadAlgorithm(HttpRequest request)
    {
        var name = request.Headers["x-amz-checksum-algorithm"].ToString();
        if (name.Length == 0) return null;
        return ChecksumAlgorithm.FromName(name)
            ?? throw S3Errors.InvalidArgument("x-amz-checksum-algorithm", $"'{name}' is not one of {string.Join(", ", ChecksumAlgorithm.All)}");
    }

    /// <summary>CRC64NVME can only be summed over the whole object; the others default to a checksum of checksums.</summary>
    private static string? ReadChecksumType(HttpRequest request, ChecksumAlgorithm? algorithm)
    {
        var type = request.Headers["x-amz-checksum-type"].ToString();
        if (algorithm is null)
        {
            return type.Length == 0 ? null
                : throw S3Errors.InvalidRequest("x-amz-checksum-type needs x-amz-checksum-algorithm to name the algorithm.");
        }

        if (type.Length == 0) return algorithm == ChecksumAlgorithm.Crc64Nvme ? StoredChecksum.FullObject : StoredChecksum.Composite;
        if (type is not (StoredChecksum.FullObject or StoredChecksum.Composite))
            throw S3Errors.InvalidArgument("x-amz-checksum-type", $"'{type}' is neither {StoredChecksum.FullObject} nor {StoredChecksum.Composite}");
        if (type == StoredChecksum.Composite && algorithm == ChecksumAlgorithm.Crc64Nvme)
            throw S3Errors.InvalidRequest("CRC64NVME supports only the FULL_OBJECT checksum type.");
        if (type == StoredChecksum.FullObject && (algorithm == ChecksumAlgorithm.Sha1 || algorithm == ChecksumAlgorithm.Sha256))
            throw S3Errors.InvalidRequest($"{algorithm} supports only the COMPOSITE checksum type.");
        return type;
    }
}
