using Microsoft.Extensions.Logging;
using Spot.Trainer.Checkpoints;

namespace Spot.Trainer.Telemetry;

/// <summary>
/// Rank 0's telemetry as one observer: the status heartbeat and, when a local directory is given, the TensorBoard
/// curves. Each callback reaches every part, and a part that throws is logged and skipped: telemetry never stops
/// training.
/// </summary>
public sealed class TrainerTelemetry : ITrainingObserver, IAsyncDisposable
{
    private readonly StatusHeartbeat _status;
    private readonly TensorBoardLog? _curves;
    private readonly ILogger _logger;

    public TrainerTelemetry(StatusHeartbeat status, TensorBoardLog? curves, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(status);
        _status = status;
        _curves = curves;
        _logger = logger;
    }

    /// <summary>The usual assembly: both parts writing to one sink, the curves from <paramref name="tensorBoardDirectory"/>.</summary>
    /// <param name="tensorBoardDirectory">Local directory for event files; null for no curves.</param>
    public static TrainerTelemetry Create(ITelemetrySink sink, StatusIdentity identity, TimeSpan statusEvery, string? tensorBoardDirectory,
        TimeProvider time, ILogger logger) =>
        new(new StatusHeartbeat(sink, identity, statusEvery, time, logger),
            tensorBoardDirectory is null ? null : new TensorBoardLog(tensorBoardDirectory, sink, time, logger),
            logger);

    /// <summary>Writes a "starting" status and starts the heartbeat; call as the process starts, before loading data.</summary>
    public Task StartAsync(CancellationToken cancellationToken) => _status.StartAsync(cancellationToken);

    public void OnStart(long step) => Each(nameof(OnStart), observer => observer.OnStart(step));

    public void OnStep(StepReport report) => Each(nameof(OnStep), observer => observer.OnStep(report));

    public void OnEvaluated(long step, double accuracy) => Each(nameof(OnEvaluated), observer => observer.OnEvaluated(step, accuracy));

    public void OnCheckpointDurable(DurableCheckpoint checkpoint) => Each(nameof(OnCheckpointDurable), observer => observer.OnCheckpointDurable(checkpoint));

    /// <summary>Uploads the curves' last records, then writes the final status (a <see cref="Spot.Contracts.Status.TrainerStates"/> value).</summary>
    public async Task CompleteAsync(string finalState, CancellationToken cancellationToken)
    {
        if (_curves is not null)
            await _curves.CompleteAsync();
        await _status.CompleteAsync(finalState, cancellationToken);
    }

    public ValueTask DisposeAsync() => _status.DisposeAsync();

    private void Each(string callback, Action<ITrainingObserver> call)
    {
        ITrainingObserver?[] parts = [_status, _curves];
        foreach (var part in parts)
        {
            if (part is null)
                continue;
            try
            {
                call(part);
            }
            catch (Exception e)
            {
                Log.ObserverFailed(_logger, part.GetType().Name, callback, e.Message, e);
            }
        }
    }
}
