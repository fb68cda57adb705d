using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Spot.Trainer.Checkpoints;

/// <summary>
/// Uploads one large object in pieces of the threshold's size. On any failure the upload is aborted, so S3 does not
/// keep (and bill for) the pieces already sent; the object only appears when the upload completes.
/// </summary>
internal sealed class S3MultipartUploader
{
    /// <summary>S3 refuses pieces smaller than this, except the last.</summary>
    public const long MinimumPieceBytes = 5L << 20;

    private readonly IAmazonS3 _s3;
    private readonly string _bucket;
    private readonly bool _useChunkEncoding;

    public S3MultipartUploader(IAmazonS3 s3, string bucket, long thresholdBytes, bool useChunkEncoding = true)
    {
        if (thresholdBytes < MinimumPieceBytes)
            throw new ArgumentOutOfRangeException(nameof(thresholdBytes), thresholdBytes,
                $"The multipart threshold must be at least {MinimumPieceBytes} bytes (5 MiB), S3's smallest multipart piece.");
        _s3 = s3;
        _bucket = bucket;
        _useChunkEncoding = useChunkEncoding;
        ThresholdBytes = thresholdBytes;
    }

    public long ThresholdBytes { get; }

    public async Task UploadAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var started = await _s3.InitiateMultipartUploadAsync(
            new InitiateMultipartUploadRequest { BucketName = _bucket, Key = key }, cancellationToken);
        try
        {
            var complete = new CompleteMultipartUploadRequest { BucketName = _bucket, Key = key, UploadId = started.UploadId };
            var pieceNumber = 1;
            for (long offset = 0; offset < content.Length; offset += ThresholdBytes, pieceNumber++)
            {
                var piece = content.Slice((int)offset, (int)Math.Min(ThresholdBytes, content.Length - offset));
                var uploaded = await _s3.UploadPartAsync(new UploadPartRequest
                {
                    BucketName = _bucket,
                    Key = key,
                    UploadId = started.UploadId,
                    PartNumber = pieceNumber,
                    InputStream = S3CheckpointStore.AsStream(piece),
                    UseChunkEncoding = _useChunkEncoding,
                }, cancellationToken);
                complete.AddPartETags(uploaded);
            }
            await _s3.CompleteMultipartUploadAsync(complete, cancellationToken);
        }
        catch
        {
            await AbortQuietlyAsync(key, started.UploadId);
            throw;
        }
    }

    // The original failure is the one worth reporting; a failed abort leaves pieces a lifecycle rule can expire.
    private async Task AbortQuietlyAsync(string key, string uploadId)
    {
        try
        {
            await _s3.AbortMultipartUploadAsync(
                new AbortMultipartUploadRequest { BucketName = _bucket, Key = key, UploadId = uploadId }, CancellationToken.None);
        }
        catch (AmazonServiceException)
        {
        }
        catch (HttpRequestException)
        {
        }
    }
}
