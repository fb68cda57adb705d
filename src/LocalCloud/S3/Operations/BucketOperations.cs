using Microsoft.AspNetCore.Http;
using Spot.LocalCloud.S3.Protocol;

namespace Spot.LocalCloud.S3.Operations;

/// <summary>ListBuckets, CreateBucket, HeadBucket, DeleteBucket and GetBucketLocation.</summary>
internal static class BucketOperations
{
    public static Task ListBucketsAsync(S3Call call)
    {
        var buckets = call.Services.Buckets.List()
            .Select(b => S3Xml.E("Bucket", S3Xml.E("Name", b.Name), S3Xml.E("CreationDate", S3Xml.Timestamp(b.CreationDate))));
        var root = S3Xml.E("ListAllMyBucketsResult", S3Owner.Element(), S3Xml.E("Buckets", buckets));
        return S3Xml.WriteAsync(call.Http, StatusCodes.Status200OK, root, call.Aborted);
    }

    public static async Task CreateBucketAsync(S3Call call)
    {
        // The body, when sent, is a CreateBucketConfiguration naming a region; LocalCloud has one region.
        await call.Request.Body.CopyToAsync(Stream.Null, call.Aborted);
        call.Services.Buckets.Create(call.RequiredBucket);
        call.Response.Headers.Location = "/" + call.RequiredBucket;
        call.Response.ContentLength = 0;
    }

    public static Task HeadBucketAsync(S3Call call)
    {
        call.Services.Buckets.Require(call.RequiredBucket);
        call.Response.Headers["x-amz-bucket-region"] = S3Owner.Region;
        return Task.CompletedTask;
    }

    public static Task DeleteBucketAsync(S3Call call)
    {
        call.Services.Buckets.Delete(call.RequiredBucket);
        call.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    public static Task GetBucketLocationAsync(S3Call call)
    {
        call.Services.Buckets.Require(call.RequiredBucket);

        // us-east-1 is reported as an empty constraint, as AWS does.
        return S3Xml.WriteAsync(call.Http, StatusCodes.Status200OK, S3Xml.E("LocationConstraint"), call.Aborted);
    }
}
