using Microsoft.AspNetCore.Http;
using Spot.LocalCloud.S3.Protocol;

namespace Spot.LocalCloud.S3.Storage;

/// <summary>
/// S3's conditional writes: <c>If-None-Match: *</c> (create only if the key is free) and <c>If-Match: "etag"</c>
/// (replace only the version you read). Checked at the commit point, under the bucket's lock, so two racing
/// writers cannot both win.
/// </summary>
internal sealed record WriteCondition(bool OnlyIfAbsent, string? IfMatchETag)
{
    public static readonly WriteCondition None = new(false, null);

    public static WriteCondition FromRequest(HttpRequest request)
    {
        var noneMatch = request.Headers.IfNoneMatch.ToString().Trim();
        if (noneMatch.Length > 0 && noneMatch != "*")
            throw S3Errors.NotImplemented($"If-None-Match '{noneMatch}' on a write (only '*' is supported, as on AWS)");

        var match = request.Headers.IfMatch.ToString().Trim();
        return new WriteCondition(noneMatch == "*", match.Length > 0 ? ETags.Unquote(match) : null);
    }

    public void Check(string key, ObjectRecord? existing)
    {
        if (OnlyIfAbsent && existing is not null)
            throw S3Errors.PreconditionFailed($"If-None-Match: * but key '{key}' already exists");
        if (IfMatchETag is null) return;
        if (existing is null) throw S3Errors.NoSuchKey(key);
        if (IfMatchETag != "*" && IfMatchETag != existing.ETag)
            throw S3Errors.PreconditionFailed($"If-Match \"{IfMatchETag}\" but the current ETag is {existing.QuotedETag}");
    }
}
