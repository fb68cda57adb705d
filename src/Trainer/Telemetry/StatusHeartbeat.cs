using System.Text.Json;
using Microsoft.Extensions.Logging;
using Spot.Contracts.Status;
using Spot.Trainer.Checkpoints;

namespace Spot.Trainer.Telemetry;

/// <summary>
/// Writes the trainer's status to <c>status.json</c> under the job's root every few seconds, on a timer of its own so
/// the status stays fresh through a long evaluation or a stalled step. A failed write is logged and skipped: the
/// heartbeat must never stop training. <see cref="CompleteAsync"/> writes the final state.
/// </summary>
public sealed class StatusHeartbeat : ITrainingObserver, IAsyncDisposable
{
    private readonly ITelemetrySink _sink;
    private readonly StatusBoard _board;
    private readonly TimeSpan _every;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task _beating = Task.CompletedTask;

    public StatusHeartbeat(ITelemetrySink sink, StatusIdentity identity, TimeSpan every, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (every <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(every), every, "The status heartbeat interval must be positive.");
        _sink = sink;
        _board = new StatusBoard(identity, time);
        _every = every;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Writes a "starting" status at once, then one every interval until <see cref="CompleteAsync"/>. Call it as the
    /// process starts, before data loading and restore, so the launcher soon hears that the trainer is up.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await WriteAsync(null, cancellationToken);
        // Made here, not in the loop task, so the first tick is due one interval from now whenever that task runs.
        var timer = new PeriodicTimer(_every, _time);
        _beating = BeatAsync(timer, _stop.Token);
    }

    public void OnStart(long step) => _board.Begin(step, step > 0 ? step : null);

    public void OnStep(StepReport report) => _board.Record(report);

    public void OnEvaluated(long step, double accuracy) => _board.RecordAccuracy(accuracy);

    public void OnCheckpointDurable(DurableCheckpoint checkpoint) => _board.RecordDurable(checkpoint);

    /// <summary>Stops the timer and writes the final status: finished, preempted or failed (see <see cref="TrainerStates"/>).</summary>
    public async Task CompleteAsync(string finalState, CancellationToken cancellationToken)
    {
        await StopBeatingAsync();
        await WriteAsync(finalState, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopBeatingAsync();
        _stop.Dispose();
        _writing.Dispose();
    }

    private async Task StopBeatingAsync()
    {
        if (!_stop.IsCancellationRequested)
            await _stop.CancelAsync();
        await _beating;
    }

    private async Task BeatAsync(PeriodicTimer timer, CancellationToken stop)
    {
        using (timer)
        {
            try
            {
                while (await timer.WaitForNextTickAsync(stop))
                    await WriteAsync(null, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Completed or disposed: the final status, if any, is written by CompleteAsync.
            }
        }
    }

    private async Task WriteAsync(string? state, CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            var status = _board.Read(state);
            await _sink.PutAsync(TrainerStatusLayout.ObjectName, JsonSerializer.SerializeToUtf8Bytes(status), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.StatusWriteFailed(_logger, _sink.Location, e.Message, e);
        }
        finally
        {
            _writing.Release();
        }
    }
}
