using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace Spot.Trainer.Data;

/// <summary>
/// Loads Fashion-MNIST from an S3 prefix holding the same IDX files as a local directory (plain or .gz). Each
/// object's body streams straight into <see cref="IdxReader"/>, which checks every size against the header, so no
/// temporary file is written and a truncated object is refused.
/// </summary>
public sealed class RemoteFashionMnist
{
    private const string GzipSuffix = ".gz";
    private readonly IAmazonS3 _s3;
    private readonly string _bucket;
    private readonly string _prefix;

    public RemoteFashionMnist(IAmazonS3 s3, string bucket, string prefix)
    {
        ArgumentNullException.ThrowIfNull(s3);
        ArgumentException.ThrowIfNullOrWhiteSpace(bucket);
        _s3 = s3;
        _bucket = bucket;
        _prefix = prefix.Trim('/');
    }

    public async Task<LabeledImages> LoadAsync(DatasetSplit split, CancellationToken cancellationToken)
    {
        var images = await ReadAsync(FashionMnist.ImagesName(split), cancellationToken);
        var labels = await ReadAsync(FashionMnist.LabelsName(split), cancellationToken);
        return FashionMnist.FromArrays(images, labels);
    }

    /// <summary>Reads the plain object, or else its .gz twin; names both keys when neither exists.</summary>
    private async Task<IdxArray> ReadAsync(string baseName, CancellationToken cancellationToken)
    {
        foreach (var key in new[] { KeyOf(baseName), KeyOf(baseName + GzipSuffix) })
        {
            try
            {
                using var response = await _s3.GetObjectAsync(_bucket, key, cancellationToken);
                return IdxReader.Read(response.ResponseStream, $"s3://{_bucket}/{key}");
            }
            catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchKey" || e.StatusCode == HttpStatusCode.NotFound && e.ErrorCode != "NoSuchBucket")
            {
                // Try the next spelling.
            }
        }
        throw new FileNotFoundException(
            $"Neither s3://{_bucket}/{KeyOf(baseName)} nor s3://{_bucket}/{KeyOf(baseName + GzipSuffix)} exists; upload the dataset's " +
            "IDX files (as Debian's dataset-fashion-mnist installs them) under the job's data prefix.");
    }

    private string KeyOf(string name) => _prefix.Length == 0 ? name : _prefix + "/" + name;
}
