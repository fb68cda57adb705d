using System.Buffers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Spot.LocalCloud.S3.Protocol;
using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.S3.Payload;

/// <summary>
/// Streams a request body to <c>target</c>, decoding aws-chunked framing on the way, and proves it is the body the
/// headers describe: decoded length, Content-MD5, x-amz-content-sha256 and any flexible checksum.
/// The whole body is never held in memory.
/// </summary>
internal static class PayloadReceiver
{
    private const int BlockSize = 256 * 1024;

    public static async Task<ReceivedPayload> ReceiveAsync(
        HttpRequest request, Stream target, long maxBytes, ChecksumAlgorithm? defaultAlgorithm, CancellationToken cancellationToken)
    {
        var expected = PayloadExpectations.FromHeaders(request.Headers, maxBytes, defaultAlgorithm);

        // Kestrel caps bodies at 30 MB by default; S3 parts and objects are legitimately larger.
        var limit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false }) limit.MaxRequestBodySize = null;

        var chunked = expected.AwsChunked ? new AwsChunkedStream(request.Body) : null;
        using var md5 = new DigestHash(HashAlgorithmName.MD5);
        using var sha256 = expected.ContentSha256 is null ? null : new DigestHash(HashAlgorithmName.SHA256);
        using var checksum = expected.Algorithm?.CreateHash();

        var size = await CopyAsync(chunked ?? request.Body, target, expected.DecodedLength, [md5, sha256, checksum], cancellationToken);
        if (size != expected.DecodedLength) throw S3Errors.IncompleteBody(expected.DecodedLength, size);

        var md5Bytes = md5.Finish();
        if (expected.ContentMd5 is not null && !expected.ContentMd5.AsSpan().SequenceEqual(md5Bytes)) throw S3Errors.BadDigest("Content-MD5");
        if (sha256 is not null && !expected.ContentSha256.AsSpan().SequenceEqual(sha256.Finish())) throw S3Errors.ContentSha256Mismatch();

        return new ReceivedPayload(size, md5Bytes, VerifyChecksum(expected, checksum, chunked));
    }

    private static StoredChecksum? VerifyChecksum(PayloadExpectations expected, IPayloadHash? checksum, AwsChunkedStream? chunked)
    {
        if (expected.Algorithm is null || checksum is null) return null;
        var actual = Convert.ToBase64String(checksum.Finish());
        var claimed = expected.ChecksumValue;
        if (expected.ChecksumTrailer is { } trailer && !(chunked?.Trailers.TryGetValue(trailer, out claimed) ?? false))
            throw S3Errors.InvalidRequest($"The request declared trailer '{trailer}' in x-amz-trailer but did not send it.");

        if (claimed is not null && !string.Equals(claimed, actual, StringComparison.Ordinal))
        {
            if (!expected.Algorithm.IsWellFormed(claimed)) throw S3Errors.InvalidDigest(expected.Algorithm.HeaderName);
            throw S3Errors.BadDigest(expected.Algorithm.HeaderName);
        }

        return new StoredChecksum(expected.Algorithm.Name, actual, StoredChecksum.FullObject);
    }

    private static async Task<long> CopyAsync(
        Stream source, Stream target, long declared, IPayloadHash?[] hashes, CancellationToken cancellationToken)
    {
        var block = ArrayPool<byte>.Shared.Rent(BlockSize);
        try
        {
            long size = 0;
            int read;
            while ((read = await source.ReadAsync(block.AsMemory(0, BlockSize), cancellationToken)) > 0)
            {
                size += read;
                if (size > declared) throw S3Errors.IncompleteBody(declared, size);
                foreach (var hash in hashes) hash?.Append(block.AsSpan(0, read));
                await target.WriteAsync(block.AsMemory(0, read), cancellationToken);
            }

            await target.FlushAsync(cancellationToken);
            return size;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }
    }
}
