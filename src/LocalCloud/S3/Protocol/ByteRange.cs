using System.Globalization;

namespace Spot.LocalCloud.S3.Protocol;

/// <summary>An inclusive byte range of an object, from a Range header.</summary>
public readonly record struct ByteRange(long First, long Last)
{
    public long Length => Last - First + 1;

    public string ContentRange(long size) => $"bytes {First}-{Last}/{size}";

    /// <summary>
    /// Resolves <paramref name="header"/> against an object of <paramref name="size"/> bytes. Null means "send the
    /// whole object": no header, or one S3 ignores (not bytes=, several ranges, bad syntax). A well-formed range
    /// that starts past the end throws InvalidRange (416).
    /// </summary>
    public static ByteRange? Parse(string? header, long size)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        var value = header.Trim();
        if (!value.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase)) return null;
        var spec = value[6..].Trim();
        if (spec.Contains(',', StringComparison.Ordinal)) return null;

        var dash = spec.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0) return null;
        var firstText = spec[..dash].Trim();
        var lastText = spec[(dash + 1)..].Trim();

        if (firstText.Length == 0)
        {
            // bytes=-N: the last N bytes.
            if (!TryParse(lastText, out var suffix)) return null;
            if (suffix == 0 || size == 0) throw S3Errors.InvalidRange(value, size);
            return new ByteRange(Math.Max(0, size - suffix), size - 1);
        }

        if (!TryParse(firstText, out var first)) return null;
        long last = size - 1;
        if (lastText.Length > 0)
        {
            if (!TryParse(lastText, out last) || last < first) return null;
            last = Math.Min(last, size - 1);
        }

        if (first >= size) throw S3Errors.InvalidRange(value, size);
        return new ByteRange(first, last);
    }

    private static bool TryParse(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
