namespace Spot.Trainer.Checkpoints;

/// <summary>
/// A checkpoint held in memory: taking it is the only part of checkpointing that pauses the step loop; hashing and
/// writing it happen in the background while training goes on.
/// </summary>
public sealed record CheckpointSnapshot(
    string JobId,
    long Step,
    int Epoch,
    string Precision,
    IReadOnlyList<SnapshotPart> Parts,
    IReadOnlyDictionary<string, double> Metrics);

/// <summary>One named part of a snapshot, with bytes no one else will change.</summary>
public sealed record SnapshotPart(string Name, byte[] Content);

/// <summary>A checkpoint whose manifest was found and whose every part matched its size and SHA-256.</summary>
public sealed record VerifiedCheckpoint(Spot.Contracts.Checkpoints.CheckpointManifest Manifest, IReadOnlyDictionary<string, byte[]> Parts);
