using Microsoft.Extensions.Logging;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Data;
using Spot.Trainer.Telemetry;

namespace Spot.Trainer.Training;

/// <summary>How a run of the loop ended.</summary>
public enum LoopEnd
{
    /// <summary>All the job's steps are done and the final checkpoint is durable.</summary>
    Finished,

    /// <summary>Stopped early (planned stop step or a stop request) with a durable checkpoint of the last step.</summary>
    Stopped,
}

/// <summary>When the loop stops early, how often it logs, and which data-parallel rank it is.</summary>
/// <param name="Rank">Only rank 0 snapshots and reports to the observer; the other ranks only train.</param>
public sealed record LoopOptions(string JobId, long? StopAtStep, long LogEverySteps = 100, int Rank = 0);

/// <summary>
/// Steps the session to the job's total, snapshotting whenever the trigger says so and handing each snapshot to the
/// background writer. A stop request or the planned stop step ends the loop after the current step with a final
/// checkpoint; a finished run is evaluated on the test split first, so the last checkpoint carries its accuracy.
/// The trigger learns each snapshot's stall from the loop and each persist's duration from the writer.
/// </summary>
public sealed class TrainingLoop
{
    private readonly TrainingSession _session;
    private readonly ITrainingData _train;
    private readonly ITrainingData _test;
    private readonly BackgroundCheckpointWriter _writer;
    private readonly CheckpointTrigger _trigger;
    private readonly ITrainingObserver? _observer;
    private readonly LoopOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public TrainingLoop(TrainingSession session, ITrainingData train, ITrainingData test, BackgroundCheckpointWriter writer,
        CheckpointTrigger trigger, LoopOptions options, TimeProvider time, ILogger logger, ITrainingObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.LogEverySteps, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Rank);
        _session = session;
        _train = train;
        _test = test;
        _writer = writer;
        _trigger = trigger;
        _observer = options.Rank == 0 ? observer : null;
        _options = options;
        _time = time;
        _logger = logger;
        if (WritesCheckpoints)
            _writer.Durable += OnDurable;
    }

    private bool WritesCheckpoints => _options.Rank == 0;

    /// <param name="stopRequested">Cancelled on SIGTERM or an interruption notice: finish the step, checkpoint, stop.</param>
    public async Task<LoopEnd> RunAsync(CancellationToken stopRequested)
    {
        long total = _session.Options.TotalSteps;
        long lastSnapshot = _session.Step;
        long windowStartStep = _session.Step;
        long windowStart = _time.GetTimestamp();
        _trigger.Begin(_session.Step);
        _observer?.OnStart(_session.Step);

        while (_session.Step < total && !StopNow(stopRequested))
        {
            var outcome = _session.RunStep(_train);
            if (!outcome.Applied)
                Log.StepSkipped(_logger, _session.Step, _session.Scaler?.Scale ?? 1);
            _observer?.OnStep(new StepReport(_session.Step, total, _session.Sampler.Epoch, _session.SmoothedLoss,
                _session.Schedule.RateAt(_session.Step - 1), _session.Scaler?.Scale, outcome.Applied));
            if (_session.Step % _options.LogEverySteps == 0)
            {
                var seconds = _time.GetElapsedTime(windowStart).TotalSeconds;
                Log.Progress(_logger, _session.Step, total, _session.SmoothedLoss ?? double.NaN,
                    seconds > 0 ? (_session.Step - windowStartStep) / seconds : 0);
                (windowStartStep, windowStart) = (_session.Step, _time.GetTimestamp());
            }
            if (WritesCheckpoints && _session.Step < total && _trigger.ShouldCheckpoint(_session.Step))
            {
                await SnapshotAsync();
                lastSnapshot = _session.Step;
            }
        }

        bool finished = _session.Step == total;
        bool evaluated = false;
        if (finished && _session.TestAccuracy is null)
        {
            // Accuracy for classifiers, and validation loss (perplexity) for the language model, kept in the checkpoint.
            var evaluation = _session.Evaluate(_test);
            Log.Evaluated(_logger, _session.Step, evaluation.Accuracy, evaluation.Loss);
            _observer?.OnEvaluated(_session.Step, evaluation.Accuracy);
            evaluated = true;
        }
        if (WritesCheckpoints && (_session.Step != lastSnapshot || evaluated))
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
        var stall = _time.GetElapsedTime(started);
        Log.SnapshotTaken(_logger, snapshot.Step, stall.TotalMilliseconds);
        _trigger.OnSnapshotTaken(snapshot.Step, stall);
        // The persist goes on in the background and must finish even when a stop was requested.
        await _writer.SubmitAsync(snapshot, CancellationToken.None);
    }

    /// <summary>On the writer's background thread, once a checkpoint is durable.</summary>
    private void OnDurable(DurableCheckpoint checkpoint)
    {
        _trigger.OnPersisted(checkpoint.Step, checkpoint.PersistDuration);
        if (_trigger is TimedCheckpointTrigger timed)
            Log.CheckpointIntervalEstimated(_logger, timed.Interval.TotalSeconds, checkpoint.Step, checkpoint.PersistDuration.TotalMilliseconds);
        _observer?.OnCheckpointDurable(checkpoint);
    }
}
