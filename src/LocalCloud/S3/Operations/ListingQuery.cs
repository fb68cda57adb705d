using System.Globalization;
using System.Text;
using Spot.LocalCloud.S3.Protocol;

namespace Spot.LocalCloud.S3.Operations;

/// <summary>The query of ListObjects / ListObjectsV2, parsed and checked; bad values name the argument at fault.</summary>
internal sealed record ListingQuery(string Prefix, string? Delimiter, int MaxKeys, bool UrlEncoding)
{
    public const int MaxKeysLimit = 1000;

    public static ListingQuery From(S3Call call)
    {
        var query = call.Query;
        var maxKeys = MaxKeysLimit;
        var maxKeysText = query["max-keys"].ToString();
        if (maxKeysText.Length > 0)
        {
            if (!int.TryParse(maxKeysText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out maxKeys) || maxKeys < 0)
                throw S3Errors.InvalidArgument("max-keys", $"'{maxKeysText}' is not a non-negative whole number");
            maxKeys = Math.Min(maxKeys, MaxKeysLimit);
        }

        var encoding = query["encoding-type"].ToString();
        if (encoding.Length > 0 && encoding != "url")
            throw S3Errors.InvalidArgument("encoding-type", $"'{encoding}' is not supported; the only value is 'url'");

        var delimiter = query["delimiter"].ToString();
        return new ListingQuery(query["prefix"].ToString(), delimiter.Length == 0 ? null : delimiter, maxKeys, encoding == "url");
    }

    /// <summary>Key-like values go out URL-encoded when the client asked for encoding-type=url.</summary>
    public string Encode(string value) => UrlEncoding ? Uri.EscapeDataString(value) : value;

    public static string EncodeToken(string marker) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(marker)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string DecodeToken(string token)
    {
        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            throw S3Errors.InvalidArgument("continuation-token", "the token was not issued by this server");
        }
    }
}
