using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Tests.Support;

namespace Spot.Trainer.Tests.Checkpoints;

public sealed class BackgroundCheckpointWriterDurableTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new();
    private readonly RecordingLogger _logger = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A local store on which every part upload takes <c>perPart</c> of the fake clock.</summary>
    private sealed class SlowStore(ICheckpointStore inner, FakeTimeProvider time, TimeSpan perPart) : ICheckpointStore
    {
        public string Location => inner.Location;

        public Task PutPartAsync(string checkpointId, string partName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
        {
            time.Advance(perPart);
            return inner.PutPartAsync(checkpointId, partName, content, cancellationToken);
        }

        public Task<byte[]?> ReadPartAsync(string checkpointId, string partName, CancellationToken cancellationToken) => inner.ReadPartAsync(checkpointId, partName, cancellationToken);
        public Task PutManifestAsync(string checkpointId, ReadOnlyMemory<byte> manifestJson, CancellationToken cancellationToken) => inner.PutManifestAsync(checkpointId, manifestJson, cancellationToken);
        public Task<byte[]?> ReadManifestAsync(string checkpointId, CancellationToken cancellationToken) => inner.ReadManifestAsync(checkpointId, cancellationToken);
        public Task SetLatestAsync(string checkpointId, CancellationToken cancellationToken) => inner.SetLatestAsync(checkpointId, cancellationToken);
        public Task<string?> GetLatestAsync(CancellationToken cancellationToken) => inner.GetLatestAsync(cancellationToken);
        public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);
        public Task DeleteAsync(string checkpointId, CancellationToken cancellationToken) => inner.DeleteAsync(checkpointId, cancellationToken);
    }

    private BackgroundCheckpointWriter Writer(ICheckpointStore store) =>
        new(new CheckpointCommitter(store, 3, _time, _logger), _logger, _time);

    [Fact]
    public async Task Durable_reports_each_checkpoint_with_the_time_its_persist_took()
    {
        // Two parts at 1.5 s each: 3 s from the first delete to the latest pointer.
        var writer = Writer(new SlowStore(new LocalDirectoryCheckpointStore(_dir.Path), _time, TimeSpan.FromSeconds(1.5)));
        var durable = new List<DurableCheckpoint>();
        writer.Durable += durable.Add;

        await writer.SubmitAsync(SyntheticCheckpoints.Snapshot(10), CancellationToken.None);
        await writer.SubmitAsync(SyntheticCheckpoints.Snapshot(20), CancellationToken.None);
        await writer.FlushAsync();

        Assert.Equal(
            [new DurableCheckpoint(10, CheckpointIds.ForStep(10), TimeSpan.FromSeconds(3)), new DurableCheckpoint(20, CheckpointIds.ForStep(20), TimeSpan.FromSeconds(3))],
            durable);
    }

    [Fact]
    public async Task A_throwing_Durable_listener_is_logged_and_the_checkpoint_still_counts_as_durable()
    {
        var writer = Writer(new LocalDirectoryCheckpointStore(_dir.Path));
        writer.Durable += _ => throw new InvalidOperationException("listener broke");

        await writer.SubmitAsync(SyntheticCheckpoints.Snapshot(10), CancellationToken.None);
        await writer.FlushAsync();

        Assert.Equal(10, writer.LastDurableStep);
        Assert.Contains("A listener of the durable checkpoint of step 10 failed: listener broke; the checkpoint stays durable",
            _logger.Messages(LogLevel.Warning));
    }
}
