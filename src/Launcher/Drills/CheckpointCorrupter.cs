using Amazon.S3;
using Amazon.S3.Model;
using Spot.Launcher.Daemon;
using Spot.Launcher.Store;

namespace Spot.Launcher.Drills;

/// <summary>
/// Flips one byte in the model part of the checkpoint a job's <c>latest</c> names, keeping its size and manifest, as
/// silent storage corruption would: only the trainer's SHA-256 check can catch it.
/// </summary>
internal static class CheckpointCorrupter
{
    /// <summary>The checkpoint it corrupted, and at which step; null when latest names nothing.</summary>
    public static async Task<(string Id, long Step)?> CorruptLatestAsync(IAmazonS3 s3, string bucket, JobRecord job, CancellationToken cancellationToken)
    {
        var root = JobKeys.CheckpointRoot(bucket, job);
        string id;
        try
        {
            id = await LatestCheckpoint.ReadPointerAsync(s3, root, cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        var manifest = await LatestCheckpoint.ReadManifestAsync(s3, root, id, cancellationToken);
        var model = LatestCheckpoint.ModelPartOf(manifest) ?? throw new InvalidDataException($"checkpoint '{id}' has no model part");
        var key = $"{LatestCheckpoint.FolderOf(root, id)}/{model.Name}";
        byte[] bytes;
        using (var body = await s3.GetObjectAsync(root.Bucket, key, cancellationToken))
        using (var copy = new MemoryStream())
        {
            await body.ResponseStream.CopyToAsync(copy, cancellationToken);
            bytes = copy.ToArray();
        }
        bytes[bytes.Length / 2] ^= 0xFF;
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = root.Bucket, Key = key, InputStream = new MemoryStream(bytes) }, cancellationToken);
        return (id, manifest.Step);
    }
}
