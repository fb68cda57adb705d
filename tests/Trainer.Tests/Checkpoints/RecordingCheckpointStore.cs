using Spot.Trainer.Checkpoints;

namespace Spot.Trainer.Tests.Checkpoints;

/// <summary>Passes calls to a real store and records their order; can be told to fail part uploads.</summary>
public sealed class RecordingCheckpointStore(ICheckpointStore inner) : ICheckpointStore
{
    private readonly List<string> _calls = [];

    public IReadOnlyList<string> Calls
    {
        get { lock (_calls) return _calls.ToList(); }
    }

    public bool FailPartUploads { get; set; }

    public string Location => inner.Location;

    private void Record(string call)
    {
        lock (_calls) _calls.Add(call);
    }

    public Task PutPartAsync(string checkpointId, string partName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        Record($"part {checkpointId}/{partName}");
        if (FailPartUploads) throw new IOException("disk full");
        return inner.PutPartAsync(checkpointId, partName, content, cancellationToken);
    }

    public Task<byte[]?> ReadPartAsync(string checkpointId, string partName, CancellationToken cancellationToken) =>
        inner.ReadPartAsync(checkpointId, partName, cancellationToken);

    public Task PutManifestAsync(string checkpointId, ReadOnlyMemory<byte> manifestJson, CancellationToken cancellationToken)
    {
        Record($"manifest {checkpointId}");
        return inner.PutManifestAsync(checkpointId, manifestJson, cancellationToken);
    }

    public Task<byte[]?> ReadManifestAsync(string checkpointId, CancellationToken cancellationToken) =>
        inner.ReadManifestAsync(checkpointId, cancellationToken);

    public Task SetLatestAsync(string checkpointId, CancellationToken cancellationToken)
    {
        Record($"latest {checkpointId}");
        return inner.SetLatestAsync(checkpointId, cancellationToken);
    }

    public Task<string?> GetLatestAsync(CancellationToken cancellationToken) => inner.GetLatestAsync(cancellationToken);

    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

    public Task DeleteAsync(string checkpointId, CancellationToken cancellationToken)
    {
        Record($"delete {checkpointId}");
        return inner.DeleteAsync(checkpointId, cancellationToken);
    }
}
