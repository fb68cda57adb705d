using Microsoft.AspNetCore.Http;
using Spot.LocalCloud.S3.Payload;
using Spot.LocalCloud.S3.Protocol;

namespace Spot.LocalCloud.S3.Operations;

/// <summary>DeleteObjects: up to 1000 keys in one request, the body verified by its Content-MD5 or checksum.</summary>
internal static class DeleteObjectsOperation
{
    private const int MaxKeys = 1000;
    private const long MaxBodyBytes = 2 * 1024 * 1024;

    public static async Task RunAsync(S3Call call)
    {
        var bucket = call.RequiredBucket;
        call.Services.Buckets.Require(bucket);

        using var body = new MemoryStream();
        await PayloadReceiver.ReceiveAsync(call.Request, body, MaxBodyBytes, defaultAlgorithm: null, call.Aborted);
        body.Position = 0;
        var root = S3Xml.Parse(body);
        if (root.Name.LocalName != "Delete") throw S3Errors.MalformedXml("the root element must be Delete");

        var quiet = string.Equals(S3Xml.Child(root, "Quiet"), "true", StringComparison.OrdinalIgnoreCase);
        var keys = root.Elements().Where(e => e.Name.LocalName == "Object")
            .Select(o => S3Xml.Child(o, "Key") ?? throw S3Errors.MalformedXml("an Object has no Key"))
            .ToList();
        if (keys.Count is 0 or > MaxKeys) throw S3Errors.MalformedXml($"Delete must list 1 to {MaxKeys} objects, not {keys.Count}");

        foreach (var key in keys) call.Services.Objects.Delete(bucket, key);
        var result = S3Xml.E("DeleteResult", quiet ? null : keys.Select(k => S3Xml.E("Deleted", S3Xml.E("Key", k))));
        await S3Xml.WriteAsync(call.Http, StatusCodes.Status200OK, result, call.Aborted);
    }
}
