namespace Spot.Trainer.Checkpoints;

/// <summary>
/// Where checkpoints live: raw put, read, list and delete of parts and manifests, and the <c>latest</c> pointer.
/// Every write must be durable when its task completes, and <see cref="SetLatestAsync"/> must replace the pointer
/// atomically. Hashing, verification, retention and fall-back live above this interface, so a local directory and
/// an S3 prefix only have to move bytes.
/// </summary>
public interface ICheckpointStore
{
    /// <summary>A human-readable location for log lines, such as a directory or an s3:// prefix.</summary>
    string Location { get; }

    Task PutPartAsync(string checkpointId, string partName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The part's bytes, or null when the part does not exist.</summary>
    Task<byte[]?> ReadPartAsync(string checkpointId, string partName, CancellationToken cancellationToken);

    Task PutManifestAsync(string checkpointId, ReadOnlyMemory<byte> manifestJson, CancellationToken cancellationToken);

    /// <summary>The manifest's bytes, or null when the checkpoint has none (never committed, or damaged).</summary>
    Task<byte[]?> ReadManifestAsync(string checkpointId, CancellationToken cancellationToken);

    /// <summary>Points <c>latest</c> at a checkpoint; called only after its parts and manifest are durable.</summary>
    Task SetLatestAsync(string checkpointId, CancellationToken cancellationToken);

    /// <summary>The id <c>latest</c> points at, or null before the first commit.</summary>
    Task<string?> GetLatestAsync(CancellationToken cancellationToken);

    /// <summary>Ids of every checkpoint that has at least one stored object, committed or not.</summary>
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken);

    Task DeleteAsync(string checkpointId, CancellationToken cancellationToken);
}
