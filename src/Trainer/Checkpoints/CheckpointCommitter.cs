using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Spot.Contracts.Checkpoints;

namespace Spot.Trainer.Checkpoints;

/// <summary>
/// Makes a snapshot durable in the order that keeps the previous checkpoint intact at every byte: parts, then the
/// manifest naming each part's size and SHA-256, then the <c>latest</c> pointer, then retention.
/// </summary>
public sealed class CheckpointCommitter
{
    private readonly ICheckpointStore _store;
    private readonly int _keep;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public CheckpointCommitter(ICheckpointStore store, int keep, TimeProvider time, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        _store = store;
        _keep = keep;
        _time = time;
        _logger = logger;
    }

    public async Task<CheckpointManifest> CommitAsync(CheckpointSnapshot snapshot, CancellationToken cancellationToken)
    {
        var id = CheckpointIds.ForStep(snapshot.Step);
        // A leftover under the same id (a partial upload, or one that failed verification) must not keep a manifest
        // that could be mistaken for this commit's.
        await _store.DeleteAsync(id, cancellationToken);

        var parts = new List<CheckpointPart>(snapshot.Parts.Count);
        foreach (var part in snapshot.Parts)
        {
            await _store.PutPartAsync(id, part.Name, part.Content, cancellationToken);
            parts.Add(new CheckpointPart(part.Name, part.Content.LongLength, Convert.ToHexStringLower(SHA256.HashData(part.Content))));
        }

        var manifest = new CheckpointManifest(CheckpointLayout.FormatVersion, id, snapshot.JobId, snapshot.Step, snapshot.Epoch,
            snapshot.Precision, _time.GetUtcNow(), parts, snapshot.Metrics);
        await _store.PutManifestAsync(id, ManifestJson.Serialize(manifest), cancellationToken);
        await _store.SetLatestAsync(id, cancellationToken);
        Log.CheckpointCommitted(_logger, id, _store.Location, parts.Sum(part => part.SizeBytes));

        await PruneAsync(snapshot.Step, cancellationToken);
        return manifest;
    }

    /// <summary>
    /// Keeps the newest <c>keep</c> checkpoints at or below the committed step. Ids above it belong to an attempt
    /// that got further before failing; this run overwrites them as it reaches those steps.
    /// </summary>
    private async Task PruneAsync(long committedStep, CancellationToken cancellationToken)
    {
        var older = CheckpointIds.NewestFirst(await _store.ListAsync(cancellationToken))
            .Where(entry => entry.Step <= committedStep)
            .Skip(_keep);
        foreach (var (id, _) in older)
        {
            await _store.DeleteAsync(id, cancellationToken);
            Log.CheckpointPruned(_logger, id);
        }
    }
}
