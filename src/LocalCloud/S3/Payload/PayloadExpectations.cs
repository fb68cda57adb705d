using System.Globalization;
using Microsoft.AspNetCore.Http;
using Spot.LocalCloud.S3.Protocol;

namespace Spot.LocalCloud.S3.Payload;

/// <summary>
/// What a request's headers promise about its body: how it is framed, how long it decodes to, and which digests
/// (Content-MD5, x-amz-content-sha256, a flexible checksum in a header or a trailer) it must match.
/// </summary>
internal sealed record PayloadExpectations(
    bool AwsChunked,
    long DecodedLength,
    byte[]? ContentMd5,
    byte[]? ContentSha256,
    ChecksumAlgorithm? Algorithm,
    string? ChecksumValue,
    string? ChecksumTrailer)
{
    public static PayloadExpectations FromHeaders(IHeaderDictionary headers, long maxBytes, ChecksumAlgorithm? defaultAlgorithm)
    {
        var contentSha256 = headers["x-amz-content-sha256"].ToString();
        var chunked = contentSha256.StartsWith("STREAMING-", StringComparison.Ordinal)
            || headers.ContentEncoding.ToString().Contains("aws-chunked", StringComparison.OrdinalIgnoreCase);

        var length = chunked ? ParseLength(headers, "x-amz-decoded-content-length") : ParseLength(headers, "Content-Length");
        if (length > maxBytes) throw S3Errors.EntityTooLarge(length, maxBytes);

        var (algorithm, value, trailer) = ReadChecksum(headers, chunked, defaultAlgorithm);
        return new PayloadExpectations(chunked, length, ReadContentMd5(headers), ReadSha256(contentSha256), algorithm, value, trailer);
    }

    private static long ParseLength(IHeaderDictionary headers, string name)
    {
        var text = headers[name].ToString();
        if (text.Length == 0) throw S3Errors.MissingContentLength();
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            throw S3Errors.InvalidArgument(name, $"'{text}' is not a non-negative whole number of bytes");
        return length;
    }

    private static byte[]? ReadContentMd5(IHeaderDictionary headers)
    {
        var text = headers["Content-MD5"].ToString();
        if (text.Length == 0) return null;
        var bytes = new byte[16];
        if (!Convert.TryFromBase64String(text, bytes, out var written) || written != 16) throw S3Errors.InvalidDigest("Content-MD5");
        return bytes;
    }

    /// <summary>A hex SHA-256 means the signer hashed the body; UNSIGNED-PAYLOAD and STREAMING-* promise nothing.</summary>
    private static byte[]? ReadSha256(string value)
    {
        if (value.Length != 64) return null;
        try
        {
            return Convert.FromHexString(value);
        }
        catch (FormatException)
        {
            throw S3Errors.InvalidArgument("x-amz-content-sha256", $"'{value}' is neither a hex SHA-256 nor a known payload kind");
        }
    }

    private static (ChecksumAlgorithm?, string?, string?) ReadChecksum(IHeaderDictionary headers, bool chunked, ChecksumAlgorithm? defaultAlgorithm)
    {
        foreach (var algorithm in ChecksumAlgorithm.All)
        {
            var value = headers[algorithm.HeaderName].ToString();
            if (value.Length == 0) continue;
            if (!algorithm.IsWellFormed(value)) throw S3Errors.InvalidDigest(algorithm.HeaderName);
            return (algorithm, value, null);
        }

        var trailer = headers["x-amz-trailer"].ToString();
        if (trailer.Length > 0)
        {
            var algorithm = ChecksumAlgorithm.FromHeader(trailer)
                ?? throw S3Errors.InvalidArgument("x-amz-trailer", $"'{trailer}' is not an x-amz-checksum-* header");
            if (!chunked) throw S3Errors.InvalidRequest("x-amz-trailer needs an aws-chunked body to carry the trailer.");
            return (algorithm, null, algorithm.HeaderName);
        }

        var named = headers["x-amz-sdk-checksum-algorithm"].ToString();
        if (named.Length > 0)
        {
            var algorithm = ChecksumAlgorithm.FromName(named)
                ?? throw S3Errors.InvalidArgument("x-amz-sdk-checksum-algorithm", $"'{named}' is not one of {string.Join(", ", ChecksumAlgorithm.All)}");
            return (algorithm, null, null);
        }

        return (defaultAlgorithm, null, null);
    }
}
