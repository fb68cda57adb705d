using System.Security.Cryptography;
using System.Text.Json;
using Amazon.S3;
using Spot.Contracts.Checkpoints;
using Spot.Launcher.Daemon;
using Spot.Launcher.Store;

namespace Spot.Launcher.Drills;

/// <summary>What a job's <c>latest</c> pointer leads to, checked byte by byte against its manifest.</summary>
/// <param name="ModelSha256">The model part's hash: equal hashes mean bit-identical weights.</param>
/// <param name="Problem">Why <c>latest</c> does not verify; null when it does.</param>
public sealed record LatestCheckpoint(string? CheckpointId, long? Step, string? ModelSha256, string? Problem)
{
    public bool Verifies => Problem is null;

    /// <summary>Reads latest, its manifest and every part, re-hashing each part rather than trusting the manifest.</summary>
    public static async Task<LatestCheckpoint> ReadAsync(IAmazonS3 s3, string bucket, JobRecord job, CancellationToken cancellationToken)
    {
        var root = JobKeys.CheckpointRoot(bucket, job);
        string id;
        try
        {
            using var latest = await s3.GetObjectAsync(root.Bucket, root.Key(CheckpointLayout.LatestPointerName), cancellationToken);
            id = (await new StreamReader(latest.ResponseStream).ReadToEndAsync(cancellationToken)).Trim();
        }
        catch (AmazonS3Exception e)
        {
            return new LatestCheckpoint(null, null, null, $"latest could not be read: {e.Message}");
        }

        var folder = root.Key($"{CheckpointLayout.CheckpointsFolder}/{id}");
        CheckpointManifest manifest;
        try
        {
            using var manifestObject = await s3.GetObjectAsync(root.Bucket, $"{folder}/{CheckpointLayout.ManifestName}", cancellationToken);
            manifest = await JsonSerializer.DeserializeAsync<CheckpointManifest>(manifestObject.ResponseStream, cancellationToken: cancellationToken)
                       ?? throw new JsonException("the manifest is empty");
        }
        catch (Exception e) when (e is AmazonS3Exception or JsonException)
        {
            return new LatestCheckpoint(id, null, null, $"latest names '{id}', whose manifest cannot be read: {e.Message}");
        }

        foreach (var part in manifest.Parts)
        {
            using var body = await s3.GetObjectAsync(root.Bucket, $"{folder}/{part.Name}", cancellationToken);
            using var copy = new MemoryStream();
            await body.ResponseStream.CopyToAsync(copy, cancellationToken);
            var sha = Convert.ToHexStringLower(SHA256.HashData(copy.ToArray()));
            if (copy.Length != part.SizeBytes || !string.Equals(sha, part.Sha256, StringComparison.OrdinalIgnoreCase))
                return new LatestCheckpoint(id, manifest.Step, null, $"part {part.Name} of '{id}' has {copy.Length} bytes and sha256 {sha}; the manifest says {part.SizeBytes} and {part.Sha256}");
        }

        var model = manifest.Parts.FirstOrDefault(p => p.Name.StartsWith("model", StringComparison.Ordinal));
        return model is null
            ? new LatestCheckpoint(id, manifest.Step, null, $"checkpoint '{id}' has no model part")
            : new LatestCheckpoint(id, manifest.Step, model.Sha256, null);
    }
}
