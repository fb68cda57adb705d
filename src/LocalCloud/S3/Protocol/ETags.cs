namespace Spot.LocalCloud.S3.Protocol;

/// <summary>ETags travel quoted (and sometimes weak, W/"..."); they are stored and compared bare.</summary>
internal static class ETags
{
    public static string Unquote(string etag)
    {
        var value = etag.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        return value.Trim('"');
    }

    /// <summary>True when any entry of a comma-separated If-Match / If-None-Match list matches <paramref name="etag"/>.</summary>
    public static bool ListMatches(string header, string etag) =>
        header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(candidate => candidate == "*" || Unquote(candidate) == etag);
}
