using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace Spot.Launcher.Cloud.Storage;

/// <summary>
/// Copies a local dataset folder to S3 once, so instances stream it from the job's bucket rather than from the
/// machine that submitted the job. An object already there with the same length is kept; anything else is replaced.
/// </summary>
public sealed class DatasetUploader(IAmazonS3 s3)
{
    /// <returns>How many files were uploaded (0 when the bucket already held them all).</returns>
    public async Task<int> UploadAsync(string localDirectory, S3Location target, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(localDirectory))
            throw new DirectoryNotFoundException($"dataset folder '{localDirectory}' does not exist");
        var files = Directory.GetFiles(localDirectory).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new InvalidOperationException($"dataset folder '{localDirectory}' holds no files");

        int uploaded = 0;
        foreach (var file in files)
        {
            var key = target.Key(Path.GetFileName(file));
            if (await LengthAsync(target.Bucket, key, cancellationToken) == new FileInfo(file).Length) continue;
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = target.Bucket, Key = key, FilePath = file }, cancellationToken);
            uploaded++;
        }
        return uploaded;
    }

    private async Task<long?> LengthAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        try
        {
            var head = await s3.GetObjectMetadataAsync(bucket, key, cancellationToken);
            return head.ContentLength;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
