using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Spot.LocalCloud.S3.Protocol;
using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.S3.Operations;

/// <summary>ListObjectsV2 (continuation tokens, start-after) and the original ListObjects (markers).</summary>
internal static class ListObjectsOperation
{
    public static Task ListV2Async(S3Call call)
    {
        var bucket = call.RequiredBucket;
        call.Services.Buckets.Require(bucket);
        var query = ListingQuery.From(call);
        var token = call.Query["continuation-token"].ToString();
        var startAfter = call.Query["start-after"].ToString();
        var marker = token.Length > 0 ? ListingQuery.DecodeToken(token) : startAfter.Length > 0 ? startAfter : null;
        var page = ListingPage.Collect(call.Services.Objects, bucket, query, marker);
        var fetchOwner = string.Equals(call.Query["fetch-owner"], "true", StringComparison.OrdinalIgnoreCase);

        var root = S3Xml.E("ListBucketResult",
            S3Xml.E("Name", bucket),
            S3Xml.E("Prefix", query.Encode(query.Prefix)),
            query.Delimiter is null ? null : S3Xml.E("Delimiter", query.Encode(query.Delimiter)),
            S3Xml.E("MaxKeys", query.MaxKeys.ToString(CultureInfo.InvariantCulture)),
            query.UrlEncoding ? S3Xml.E("EncodingType", "url") : null,
            S3Xml.E("KeyCount", page.KeyCount.ToString(CultureInfo.InvariantCulture)),
            S3Xml.E("IsTruncated", S3Xml.Bool(page.IsTruncated)),
            token.Length > 0 ? S3Xml.E("ContinuationToken", token) : null,
            page.IsTruncated && page.LastReturned is not null ? S3Xml.E("NextContinuationToken", ListingQuery.EncodeToken(page.LastReturned)) : null,
            startAfter.Length > 0 ? S3Xml.E("StartAfter", query.Encode(startAfter)) : null,
            page.Contents.Select(r => Content(r, query, fetchOwner)),
            page.CommonPrefixes.Select(p => S3Xml.E("CommonPrefixes", S3Xml.E("Prefix", query.Encode(p)))));
        return S3Xml.WriteAsync(call.Http, StatusCodes.Status200OK, root, call.Aborted);
    }

    public static Task ListV1Async(S3Call call)
    {
        var bucket = call.RequiredBucket;
        call.Services.Buckets.Require(bucket);
        var query = ListingQuery.From(call);
        var marker = call.Query["marker"].ToString();
        var page = ListingPage.Collect(call.Services.Objects, bucket, query, marker.Length > 0 ? marker : null);

        var root = S3Xml.E("ListBucketResult",
            S3Xml.E("Name", bucket),
            S3Xml.E("Prefix", query.Encode(query.Prefix)),
            S3Xml.E("Marker", query.Encode(marker)),
            page.IsTruncated && page.LastReturned is not null ? S3Xml.E("NextMarker", query.Encode(page.LastReturned)) : null,
            S3Xml.E("MaxKeys", query.MaxKeys.ToString(CultureInfo.InvariantCulture)),
            query.Delimiter is null ? null : S3Xml.E("Delimiter", query.Encode(query.Delimiter)),
            query.UrlEncoding ? S3Xml.E("EncodingType", "url") : null,
            S3Xml.E("IsTruncated", S3Xml.Bool(page.IsTruncated)),
            page.Contents.Select(r => Content(r, query, fetchOwner: true)),
            page.CommonPrefixes.Select(p => S3Xml.E("CommonPrefixes", S3Xml.E("Prefix", query.Encode(p)))));
        return S3Xml.WriteAsync(call.Http, StatusCodes.Status200OK, root, call.Aborted);
    }

    private static XElement Content(ObjectRecord record, ListingQuery query, bool fetchOwner) =>
        S3Xml.E("Contents",
            S3Xml.E("Key", query.Encode(record.Key)),
            S3Xml.E("LastModified", S3Xml.Timestamp(record.LastModified)),
            S3Xml.E("ETag", record.QuotedETag),
            record.Checksum is null ? null : S3Xml.E("ChecksumAlgorithm", record.Checksum.Algorithm),
            record.Checksum is null ? null : S3Xml.E("ChecksumType", record.Checksum.Type),
            S3Xml.E("Size", record.Size.ToString(CultureInfo.InvariantCulture)),
            S3Xml.E("StorageClass", "STANDARD"),
            fetchOwner ? S3Owner.Element() : null);
}
