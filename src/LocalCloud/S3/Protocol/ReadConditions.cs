using System.Globalization;
using Microsoft.AspNetCore.Http;
using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.S3.Protocol;

/// <summary>What a conditional read decides: go on, answer 304 Not Modified, or fail with 412.</summary>
public enum ReadDecision
{
    Proceed,
    NotModified,
    PreconditionFailed,
}

/// <summary>
/// The If-Match / If-None-Match / If-Modified-Since / If-Unmodified-Since headers of a GET or HEAD (or their
/// x-amz-copy-source-if-* forms on CopyObject), evaluated in RFC 7232's order, which is also S3's.
/// </summary>
public sealed record ReadConditions(string? IfMatch, string? IfNoneMatch, DateTimeOffset? IfModifiedSince, DateTimeOffset? IfUnmodifiedSince)
{
    public static ReadConditions FromRequest(HttpRequest request, string prefix = "") => new(
        Header(request, prefix + "If-Match"),
        Header(request, prefix + "If-None-Match"),
        Date(request, prefix + "If-Modified-Since"),
        Date(request, prefix + "If-Unmodified-Since"));

    public ReadDecision Evaluate(ObjectRecord record)
    {
        // HTTP dates carry whole seconds, so the stored time is compared at that precision.
        var modified = DateTimeOffset.FromUnixTimeSeconds(record.LastModified.ToUnixTimeSeconds());

        if (IfMatch is not null)
        {
            if (!ETags.ListMatches(IfMatch, record.ETag)) return ReadDecision.PreconditionFailed;
        }
        else if (IfUnmodifiedSince is { } unmodifiedSince && modified > unmodifiedSince)
        {
            return ReadDecision.PreconditionFailed;
        }

        if (IfNoneMatch is not null) return ETags.ListMatches(IfNoneMatch, record.ETag) ? ReadDecision.NotModified : ReadDecision.Proceed;
        if (IfModifiedSince is { } modifiedSince && modified <= modifiedSince) return ReadDecision.NotModified;
        return ReadDecision.Proceed;
    }

    public string Describe() =>
        string.Join(", ", new[]
        {
            IfMatch is null ? null : $"If-Match {IfMatch}",
            IfNoneMatch is null ? null : $"If-None-Match {IfNoneMatch}",
            IfModifiedSince is null ? null : $"If-Modified-Since {IfModifiedSince:R}",
            IfUnmodifiedSince is null ? null : $"If-Unmodified-Since {IfUnmodifiedSince:R}",
        }.OfType<string>());

    private static string? Header(HttpRequest request, string name)
    {
        var value = request.Headers[name].ToString();
        return value.Length == 0 ? null : value;
    }

    /// <summary>An unparsable date is ignored, as HTTP says a recipient must.</summary>
    private static DateTimeOffset? Date(HttpRequest request, string name) =>
        Header(request, name) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
