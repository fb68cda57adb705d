using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Spot.LocalCloud.S3.Protocol;

/// <summary>
/// One S3 request as the operations see it: bucket and key decoded from the path-style URL, its request id and
/// the stores it may touch.
/// </summary>
internal sealed class S3Call
{
    private S3Call(HttpContext http, S3Services services, string? bucket, string? key)
    {
        Http = http;
        Services = services;
        Bucket = bucket;
        Key = key;
        RequestId = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
    }

    public HttpContext Http { get; }
    public S3Services Services { get; }
    public string? Bucket { get; }
    public string? Key { get; }
    public string RequestId { get; }

    public HttpRequest Request => Http.Request;
    public HttpResponse Response => Http.Response;
    public IQueryCollection Query => Http.Request.Query;
    public CancellationToken Aborted => Http.RequestAborted;

    public string Resource => Bucket is null ? "/" : Key is null ? "/" + Bucket : $"/{Bucket}/{Key}";

    /// <summary>The bucket, for operations that are routed only when the path names one.</summary>
    public string RequiredBucket => Bucket ?? throw new InvalidOperationException("This operation is routed only for paths that name a bucket.");

    /// <summary>The key, for operations that are routed only when the path names one.</summary>
    public string RequiredKey => Key ?? throw new InvalidOperationException("This operation is routed only for paths that name a key.");

    /// <summary>
    /// Reads bucket and key from the raw request target: the decoded path would turn an encoded '/' (%2F) in a key
    /// into a separator, and keys may hold any character.
    /// </summary>
    public static S3Call Parse(HttpContext http, S3Services services)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var path = raw is { Length: > 0 } && raw[0] == '/' ? raw : http.Request.Path.Value ?? "/";
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0) path = path[..query];

        path = path.TrimStart('/');
        if (path.Length == 0) return new S3Call(http, services, null, null);

        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var bucket = Uri.UnescapeDataString(slash < 0 ? path : path[..slash]);
        var key = slash < 0 || slash == path.Length - 1 ? null : Uri.UnescapeDataString(path[(slash + 1)..]);
        return new S3Call(http, services, bucket, key);
    }
}
