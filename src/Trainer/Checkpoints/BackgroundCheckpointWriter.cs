using Microsoft.Extensions.Logging;

namespace Spot.Trainer.Checkpoints;

/// <summary>
/// Persists snapshots off the step loop, one at a time (as CheckFreq does): a new snapshot waits for the previous
/// persist, so at most two copies of the state are in memory. A failed persist is logged at once with its step and
/// reason; training continues and the next checkpoint tries again, but <see cref="FlushAsync"/> throws when the
/// last persist failed, so a run never ends believing an unwritten checkpoint is durable.
/// </summary>
public sealed class BackgroundCheckpointWriter
{
    private readonly CheckpointCommitter _committer;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private Task _pending = Task.CompletedTask;
    private Exception? _lastFailure;
    private long _lastDurableStep = -1;

    /// <param name="time">Times each persist for <see cref="Durable"/>; null for the system clock.</param>
    public BackgroundCheckpointWriter(CheckpointCommitter committer, ILogger logger, TimeProvider? time = null)
    {
        _committer = committer;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// Raised on the writer's background thread once a checkpoint is durable (its latest pointer moved), with how long
    /// the persist took. A failing handler is logged and does not make the checkpoint count as failed.
    /// </summary>
    public event Action<DurableCheckpoint>? Durable;

    /// <summary>The step of the newest checkpoint known durable, or null before the first.</summary>
    public long? LastDurableStep
    {
        get
        {
            long step = Interlocked.Read(ref _lastDurableStep);
            return step < 0 ? null : step;
        }
    }

    /// <summary>Starts persisting a snapshot, after the previous persist has finished.</summary>
    public async Task SubmitAsync(CheckpointSnapshot snapshot, CancellationToken cancellationToken)
    {
        await _pending;
        _pending = Task.Run(() => PersistAsync(snapshot, cancellationToken), CancellationToken.None);
    }

    /// <summary>Waits for the persist in flight; throws if the newest submitted checkpoint did not become durable.</summary>
    public async Task FlushAsync()
    {
        await _pending;
        if (_lastFailure is not null)
            throw new IOException("the last checkpoint did not become durable", _lastFailure);
    }

    private async Task PersistAsync(CheckpointSnapshot snapshot, CancellationToken cancellationToken)
    {
        DurableCheckpoint durable;
        try
        {
            var started = _time.GetTimestamp();
            var manifest = await _committer.CommitAsync(snapshot, cancellationToken);
            durable = new DurableCheckpoint(snapshot.Step, manifest.CheckpointId, _time.GetElapsedTime(started));
            Interlocked.Exchange(ref _lastDurableStep, snapshot.Step);
            _lastFailure = null;
        }
        catch (Exception e)
        {
            _lastFailure = e;
            Log.CheckpointPersistFailed(_logger, snapshot.Step, e.Message, e);
            return;
        }
        Announce(durable);
    }

    private void Announce(DurableCheckpoint durable)
    {
        foreach (var handler in Durable?.GetInvocationList().Cast<Action<DurableCheckpoint>>() ?? [])
        {
            try
            {
                handler(durable);
            }
            catch (Exception e)
            {
                Log.DurableListenerFailed(_logger, durable.Step, e.Message, e);
            }
        }
    }
}
