using Microsoft.Extensions.Logging;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Data;

namespace Spot.Trainer.Training;

/// <summary>How a run of the loop ended.</summary>
public enum LoopEnd
{
    /// <summary>All the job's steps are done and the final checkpoint is durable.</summary>
    Finished,

    /// <summary>Stopped early (planned stop step or a stop request) with a durable checkpoint of the last step.</summary>
    Stopped,
}

/// <summary>When the loop checkpoints and when it stops early.</summary>
public sealed record LoopOptions(string JobId, long CheckpointEverySteps, long? StopAtStep, long LogEverySteps = 100);

/// <summary>
/// Steps the session to the job's total, snapshotting every N steps and handing each snapshot to the background
/// writer. A stop request or the planned stop step ends the loop after the current step with a final checkpoint;
/// a finished run is evaluated on the test split first, so the last checkpoint carries its accuracy.
/// </summary>
public sealed class TrainingLoop
{
    private readonly TrainingSession _session;
    private readonly LabeledImages _train;
    private readonly LabeledImages _test;
    private readonly BackgroundCheckpointWriter _writer;
    private readonly LoopOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public TrainingLoop(TrainingSession session, LabeledImages train, LabeledImages test, BackgroundCheckpointWriter writer,
        LoopOptions options, TimeProvider time, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.CheckpointEverySteps);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.LogEverySteps, 1);
        _session = session;
        _train = train;
        _test = test;
        _writer = writer;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <param name="stopRequested">Cancelled on SIGTERM or an interruption notice: finish the step, checkpoint, stop.</param>
    public async Task<LoopEnd> RunAsync(CancellationToken stopRequested)
    {
        long total = _session.Options.TotalSteps;
        long lastSnapshot = _session.Step;
        long windowStartStep = _session.Step;
        long windowStart = _time.GetTimestamp();

        while (_session.Step < total && !StopNow(stopRequested))
        {
            var outcome = _session.RunStep(_train);
            if (!outcome.Applied)
                Log.StepSkipped(_logger, _session.Step, _session.Scaler?.Scale ?? 1);
            if (_session.Step % _options.LogEverySteps == 0)
            {
                var seconds = _time.GetElapsedTime(windowStart).TotalSeconds;
                Log.Progress(_logger, _session.Step, total, _session.SmoothedLoss ?? double.NaN,
                    seconds > 0 ? (_session.Step - windowStartStep) / seconds : 0);
                (windowStartStep, windowStart) = (_session.Step, _time.GetTimestamp());
            }
            if (_options.CheckpointEverySteps > 0 && _session.Step % _options.CheckpointEverySteps == 0 && _session.Step < total)
            {
                await SnapshotAsync();
                lastSnapshot = _session.Step;
            }
        }

        bool finished = _session.Step == total;
        bool evaluated = false;
        if (finished && _session.TestAccuracy is null)
        {
            _session.TestAccuracy = Evaluator.Accuracy(_session.Model.Master, _test);
            Log.Evaluated(_logger, _session.Step, _session.TestAccuracy.Value);
            evaluated = true;
        }
        if (_session.Step != lastSnapshot || evaluated)
            await SnapshotAsync();
        await _writer.FlushAsync();
        return finished ? LoopEnd.Finished : LoopEnd.Stopped;
    }

    private bool StopNow(CancellationToken stopRequested)
    {
        if (stopRequested.IsCancellationRequested)
        {
            Log.StopRequested(_logger, _session.Step);
            return true;
        }
        if (_options.StopAtStep is { } stopAt && _session.Step >= stopAt)
        {
            Log.PlannedStop(_logger, _session.Step);
            return true;
        }
        return false;
    }

    private async Task SnapshotAsync()
    {
        var started = _time.GetTimestamp();
        var snapshot = SessionCheckpoint.Capture(_session, _options.JobId);
        Log.SnapshotTaken(_logger, snapshot.Step, _time.GetElapsedTime(started).TotalMilliseconds);
        // The persist goes on in the background and must finish even when a stop was requested.
        await _writer.SubmitAsync(snapshot, CancellationToken.None);
    }
}
