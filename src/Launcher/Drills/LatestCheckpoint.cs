using System.Security.Cryptography;
using System.Text.Json;
using Amazon.S3;
using Spot.Contracts.Checkpoints;
using Spot.Launcher.Cloud.Storage;
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
            id = await ReadPointerAsync(s3, root, cancellationToken);
        }
        catch (AmazonS3Exception e)
        {
            return new LatestCheckpoint(null, null, null, $"latest could not be read: {e.Message}");
        }

        var folder = FolderOf(root, id);
        CheckpointManifest manifest;
        try
        {
            manifest = await ReadManifestAsync(s3, root, id, cancellationToken);
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

        var model = ModelPartOf(manifest);
        return model is null
            ? new LatestCheckpoint(id, manifest.Step, null, $"checkpoint '{id}' has no model part")
            : new LatestCheckpoint(id, manifest.Step, model.Sha256, null);
    }

    /// <summary>The checkpoint id the job's latest pointer names.</summary>
    internal static async Task<string> ReadPointerAsync(IAmazonS3 s3, S3Location root, CancellationToken cancellationToken)
    {
        using var latest = await s3.GetObjectAsync(root.Bucket, root.Key(CheckpointLayout.LatestPointerName), cancellationToken);
        return (await new StreamReader(latest.ResponseStream).ReadToEndAsync(cancellationToken)).Trim();
    }

    /// <exception cref="JsonException">The manifest is empty or not JSON.</exception>
    internal static async Task<CheckpointManifest> ReadManifestAsync(IAmazonS3 s3, S3Location root, string id, CancellationToken cancellationToken)
    {
        using var manifest = await s3.GetObjectAsync(root.Bucket, $"{FolderOf(root, id)}/{CheckpointLayout.ManifestName}", cancellationToken);
        return await JsonSerializer.DeserializeAsync<CheckpointManifest>(manifest.ResponseStream, cancellationToken: cancellationToken)
               ?? throw new JsonException("the manifest is empty");
    }

    internal static string FolderOf(S3Location root, string id) => root.Key($"{CheckpointLayout.CheckpointsFolder}/{id}");

    internal static CheckpointPart? ModelPartOf(CheckpointManifest manifest) =>
        manifest.Parts.FirstOrDefault(p => p.Name.StartsWith("model", StringComparison.Ordinal));
}
