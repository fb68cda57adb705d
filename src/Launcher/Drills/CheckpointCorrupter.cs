using System.Text.Json;
using Amazon.S3;
using Amazon.S3.Model;
using Spot.Contracts.Checkpoints;
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
            using var latest = await s3.GetObjectAsync(root.Bucket, root.Key(CheckpointLayout.LatestPointerName), cancellationToken);
            id = (await new StreamReader(latest.ResponseStream).ReadToEndAsync(cancellationToken)).Trim();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        var folder = root.Key($"{CheckpointLayout.CheckpointsFolder}/{id}");
        CheckpointManifest manifest;
        using (var manifestObject = await s3.GetObjectAsync(root.Bucket, $"{folder}/{CheckpointLayout.ManifestName}", cancellationToken))
            manifest = await JsonSerializer.DeserializeAsync<CheckpointManifest>(manifestObject.ResponseStream, cancellationToken: cancellationToken)
                       ?? throw new InvalidDataException($"checkpoint '{id}' has an empty manifest");
        var model = manifest.Parts.First(p => p.Name.StartsWith("model", StringComparison.Ordinal));
        var key = $"{folder}/{model.Name}";
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
