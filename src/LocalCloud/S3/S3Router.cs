using Microsoft.AspNetCore.Http;
using Spot.LocalCloud.S3.Operations;
using Spot.LocalCloud.S3.Protocol;

namespace Spot.LocalCloud.S3;

/// <summary>An S3 operation chosen for a request: its AWS name (for logs) and what runs it.</summary>
internal sealed record S3Operation(string Name, Func<S3Call, Task> RunAsync);

/// <summary>Picks the operation from the method, the path (service, bucket or object) and the subresource query.</summary>
internal static class S3Router
{
    // Query names that select another API on the same path; those not routed below are refused as NotImplemented.
    private static readonly string[] Subresources =
    [
        "accelerate", "acl", "analytics", "attributes", "cors", "delete", "encryption", "intelligent-tiering", "inventory",
        "legal-hold", "lifecycle", "location", "logging", "metrics", "notification", "object-lock", "ownershipControls",
        "policy", "policyStatus", "publicAccessBlock", "replication", "requestPayment", "restore", "retention", "select",
        "tagging", "torrent", "uploadId", "uploads", "versioning", "versions", "website",
    ];

    public static S3Operation Resolve(S3Call call)
    {
        var method = call.Request.Method;
        var subresource = Subresources.FirstOrDefault(name => call.Query.ContainsKey(name));
        if (call.Bucket is null)
        {
            return HttpMethods.IsGet(method) && subresource is null
                ? new("ListBuckets", BucketOperations.ListBucketsAsync)
                : Refuse(method, "the service root", subresource);
        }

        return call.Key is null ? ResolveBucket(call, method, subresource) : ResolveObject(call, method, subresource);
    }

    private static S3Operation ResolveBucket(S3Call call, string method, string? subresource) => (method, subresource) switch
    {
        ("PUT", null) => new("CreateBucket", BucketOperations.CreateBucketAsync),
        ("HEAD", null) => new("HeadBucket", BucketOperations.HeadBucketAsync),
        ("DELETE", null) => new("DeleteBucket", BucketOperations.DeleteBucketAsync),
        ("GET", "location") => new("GetBucketLocation", BucketOperations.GetBucketLocationAsync),
        ("GET", null) when call.Query["list-type"] == "2" => new("ListObjectsV2", ListObjectsOperation.ListV2Async),
        ("GET", null) => new("ListObjects", ListObjectsOperation.ListV1Async),
        ("POST", "delete") => new("DeleteObjects", DeleteObjectsOperation.RunAsync),
        _ => Refuse(method, "a bucket", subresource),
    };

    private static S3Operation ResolveObject(S3Call call, string method, string? subresource)
    {
        var copy = call.Request.Headers.ContainsKey("x-amz-copy-source");
        return (method, subresource) switch
        {
            ("PUT", "uploadId") when copy => Refuse(method, "an object", "UploadPartCopy"),
            ("PUT", "uploadId") => new("UploadPart", MultipartOperations.UploadPartAsync),
            ("PUT", null) when copy => new("CopyObject", CopyObjectOperation.RunAsync),
            ("PUT", null) => new("PutObject", PutObjectOperation.RunAsync),
            ("GET", "uploadId") => new("ListParts", MultipartOperations.ListPartsAsync),
            ("GET", null) => new("GetObject", GetObjectOperation.GetAsync),
            ("HEAD", null) => new("HeadObject", GetObjectOperation.HeadAsync),
            ("DELETE", "uploadId") => new("AbortMultipartUpload", MultipartOperations.AbortAsync),
            ("DELETE", null) => new("DeleteObject", PutObjectOperation.DeleteAsync),
            ("POST", "uploads") => new("CreateMultipartUpload", MultipartOperations.CreateAsync),
            ("POST", "uploadId") => new("CompleteMultipartUpload", CompleteMultipartOperation.RunAsync),
            _ => Refuse(method, "an object", subresource),
        };
    }

    /// <summary>A subresource we know but do not serve is NotImplemented; a method that makes no sense here is MethodNotAllowed.</summary>
    private static S3Operation Refuse(string method, string target, string? subresource) => new("Unsupported", _ =>
        throw (subresource is not null && method is "GET" or "PUT" or "DELETE" or "POST"
            ? S3Errors.NotImplemented($"'{subresource}' on {target} with {method}")
            : S3Errors.MethodNotAllowed(method, target)));
}
