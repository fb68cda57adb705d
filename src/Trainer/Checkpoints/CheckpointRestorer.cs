using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Spot.Contracts.Checkpoints;

namespace Spot.Trainer.Checkpoints;

/// <summary>
/// Finds the newest checkpoint that can be trusted: the one <c>latest</c> points at, else older ones in turn. Each
/// candidate must have a readable manifest of this job and format, and every part must match its size and SHA-256.
/// Every rejection is logged with its reason; null means no checkpoint passed and the run starts fresh.
/// </summary>
public sealed class CheckpointRestorer
{
    private readonly ICheckpointStore _store;
    private readonly ILogger _logger;

    public CheckpointRestorer(ICheckpointStore store, ILogger logger)
    {
        _store = store;
        _logger = logger;
    }

    public async Task<VerifiedCheckpoint?> FindNewestUsableAsync(string jobId, IReadOnlyCollection<string> requiredParts, CancellationToken cancellationToken)
    {
        foreach (var id in await CandidatesAsync(cancellationToken))
        {
            var (checkpoint, problem) = await VerifyAsync(id, jobId, requiredParts, cancellationToken);
            if (checkpoint is not null)
                return checkpoint;
            Log.CheckpointRejected(_logger, id, problem!);
        }
        return null;
    }

    /// <summary>The pointed-at checkpoint first, then older ones newest first. Ids above it were never committed.</summary>
    private async Task<IReadOnlyList<string>> CandidatesAsync(CancellationToken cancellationToken)
    {
        var listed = CheckpointIds.NewestFirst(await _store.ListAsync(cancellationToken));
        var latest = await _store.GetLatestAsync(cancellationToken);
        if (latest is null)
        {
            if (listed.Count > 0) Log.LatestPointerMissing(_logger, _store.Location, listed.Count);
            return listed.Select(entry => entry.Id).ToList();
        }
        if (!CheckpointIds.TryParseStep(latest, out var latestStep))
        {
            Log.LatestPointerInvalid(_logger, _store.Location, latest);
            return listed.Select(entry => entry.Id).ToList();
        }
        return new[] { latest }
            .Concat(listed.Where(entry => entry.Step < latestStep).Select(entry => entry.Id))
            .ToList();
    }

    private async Task<(VerifiedCheckpoint? Checkpoint, string? Problem)> VerifyAsync(
        string id, string jobId, IReadOnlyCollection<string> requiredParts, CancellationToken cancellationToken)
    {
        var json = await _store.ReadManifestAsync(id, cancellationToken);
        if (json is null)
            return (null, "its manifest is missing (a partial upload, or deleted)");
        var manifest = ManifestJson.TryDeserialize(json, out var problem);
        if (manifest is null)
            return (null, problem);
        if (manifest.FormatVersion != CheckpointLayout.FormatVersion)
            return (null, $"its format version is {manifest.FormatVersion}; this trainer reads {CheckpointLayout.FormatVersion}");
        if (manifest.CheckpointId != id)
            return (null, $"its manifest names checkpoint {manifest.CheckpointId}");
        if (manifest.JobId != jobId)
            return (null, $"it belongs to job {manifest.JobId}, not {jobId}");
        var absent = requiredParts.FirstOrDefault(name => manifest.Parts.All(part => part.Name != name));
        if (absent is not null)
            return (null, $"its manifest lists no part {absent}");

        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var part in manifest.Parts)
        {
            var bytes = await _store.ReadPartAsync(id, part.Name, cancellationToken);
            if (bytes is null)
                return (null, $"part {part.Name} is missing");
            if (bytes.LongLength != part.SizeBytes)
                return (null, $"part {part.Name} is {bytes.LongLength} bytes but the manifest says {part.SizeBytes} (truncated or overwritten)");
            var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (!string.Equals(actual, part.Sha256, StringComparison.OrdinalIgnoreCase))
                return (null, $"part {part.Name} has SHA-256 {actual} but the manifest says {part.Sha256} (corrupted)");
            parts[part.Name] = bytes;
        }
        return (new VerifiedCheckpoint(manifest, parts), null);
    }
}
