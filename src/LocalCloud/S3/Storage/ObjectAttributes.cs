using Microsoft.AspNetCore.Http;

namespace Spot.LocalCloud.S3.Storage;

/// <summary>The headers an object keeps from its upload and returns on every GET and HEAD: content headers and x-amz-meta-*.</summary>
public sealed record ObjectAttributes
{
    public const string MetadataPrefix = "x-amz-meta-";

    /// <summary>What S3 reports for objects uploaded without a Content-Type.</summary>
    public const string DefaultContentType = "binary/octet-stream";

    public string ContentType { get; init; } = DefaultContentType;
    public string? ContentEncoding { get; init; }
    public string? ContentDisposition { get; init; }
    public string? ContentLanguage { get; init; }
    public string? CacheControl { get; init; }
    public string? Expires { get; init; }

    /// <summary>User metadata by lowercase name without the x-amz-meta- prefix.</summary>
    public Dictionary<string, string> Metadata { get; init; } = [];

    public static ObjectAttributes FromRequest(HttpRequest request)
    {
        var metadata = new Dictionary<string, string>();
        foreach (var (name, value) in request.Headers)
        {
            if (name.StartsWith(MetadataPrefix, StringComparison.OrdinalIgnoreCase))
                metadata[name[MetadataPrefix.Length..].ToLowerInvariant()] = value.ToString();
        }

        var headers = request.Headers;
        return new ObjectAttributes
        {
            ContentType = NullIfEmpty(headers.ContentType) ?? DefaultContentType,
            ContentEncoding = StripAwsChunked(headers.ContentEncoding.ToString()),
            ContentDisposition = NullIfEmpty(headers.ContentDisposition),
            ContentLanguage = NullIfEmpty(headers.ContentLanguage),
            CacheControl = NullIfEmpty(headers.CacheControl),
            Expires = NullIfEmpty(headers.Expires),
            Metadata = metadata,
        };
    }

    public void WriteTo(HttpResponse response)
    {
        response.ContentType = ContentType;
        var headers = response.Headers;
        if (ContentEncoding is not null) headers.ContentEncoding = ContentEncoding;
        if (ContentDisposition is not null) headers.ContentDisposition = ContentDisposition;
        if (ContentLanguage is not null) headers.ContentLanguage = ContentLanguage;
        if (CacheControl is not null) headers.CacheControl = CacheControl;
        if (Expires is not null) headers.Expires = Expires;
        foreach (var (name, value) in Metadata) headers[MetadataPrefix + name] = value;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>aws-chunked describes the upload's framing, not the object, so it is not stored.</summary>
    private static string? StripAwsChunked(string value)
    {
        var rest = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(token => !token.Equals("aws-chunked", StringComparison.OrdinalIgnoreCase));
        return NullIfEmpty(string.Join(",", rest));
    }
}
