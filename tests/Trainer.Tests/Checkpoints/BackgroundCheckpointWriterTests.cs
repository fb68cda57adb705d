using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Tests.Support;

namespace Spot.Trainer.Tests.Checkpoints;

public sealed class BackgroundCheckpointWriterTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly RecordingCheckpointStore _store;
    private readonly RecordingLogger _logger = new();
    private readonly BackgroundCheckpointWriter _writer;

    public BackgroundCheckpointWriterTests()
    {
        _store = new RecordingCheckpointStore(new LocalDirectoryCheckpointStore(_dir.Path));
        _writer = new BackgroundCheckpointWriter(new CheckpointCommitter(_store, 3, new FakeTimeProvider(), _logger), _logger);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Submitted_snapshots_become_durable_in_order_and_report_the_last_durable_step()
    {
        Assert.Null(_writer.LastDurableStep);

        await _writer.SubmitAsync(SyntheticCheckpoints.Snapshot(10), CancellationToken.None);
        await _writer.SubmitAsync(SyntheticCheckpoints.Snapshot(20), CancellationToken.None);
        await _writer.FlushAsync();

        Assert.Equal(20, _writer.LastDurableStep);
        Assert.Equal(new[] { "latest step-0000000010", "latest step-0000000020" }, _store.Calls.Where(c => c.StartsWith("latest", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_failed_persist_is_logged_at_once_and_Flush_throws()
    {
        _store.FailPartUploads = true;

        await _writer.SubmitAsync(SyntheticCheckpoints.Snapshot(10), CancellationToken.None);
        var error = await Assert.ThrowsAsync<IOException>(_writer.FlushAsync);

        Assert.Equal("the last checkpoint did not become durable", error.Message);
        Assert.Contains("Checkpoint of step 10 did not become durable: disk full", Assert.Single(_logger.Messages(LogLevel.Error)));
        Assert.Null(_writer.LastDurableStep);
    }

    [Fact]
    public async Task A_later_successful_persist_clears_an_earlier_failure()
    {
        _store.FailPartUploads = true;
        await _writer.SubmitAsync(SyntheticCheckpoints.Snapshot(10), CancellationToken.None);
        await _writer.FlushAsync().ContinueWith(_ => { }, TaskScheduler.Default);

        _store.FailPartUploads = false;
        await _writer.SubmitAsync(SyntheticCheckpoints.Snapshot(20), CancellationToken.None);
        await _writer.FlushAsync();

        Assert.Equal(20, _writer.LastDurableStep);
    }
}
