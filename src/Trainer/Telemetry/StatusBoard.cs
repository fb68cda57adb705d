using Spot.Contracts.Status;
using Spot.Trainer.Checkpoints;

namespace Spot.Trainer.Telemetry;

/// <summary>
/// The newest facts the loop reported, kept for the heartbeat to read from another thread. Reading turns them into
/// a <see cref="TrainerStatus"/>, with the attempt's mean step rate since its loop began. The launcher prices the work
/// left with that rate, so it must not be one heartbeat's window: the window before a stop holds the emergency
/// checkpoint, and a rate read from it made a deadline look lost that was not.
/// </summary>
public sealed class StatusBoard
{
    private readonly object _gate = new();
    private readonly StatusIdentity _identity;
    private readonly TimeProvider _time;
    private string _state = TrainerStates.Starting;
    private long _step;
    private int _epoch;
    private double? _loss;
    private double? _lossScale;
    private double? _testAccuracy;
    private long? _lastDurableStep;
    private long _beganStep;
    private long _beganAt;
    private bool _began; // no rate before the loop starts: loading data is not training slowly

    public StatusBoard(StatusIdentity identity, TimeProvider time)
    {
        _identity = identity;
        _time = time;
    }

    /// <summary>Where the attempt starts: step 0, or the resumed checkpoint's step (which is durable already).</summary>
    public void Begin(long step, long? lastDurableStep)
    {
        lock (_gate)
        {
            (_step, _lastDurableStep, _beganStep, _beganAt, _began) = (step, lastDurableStep, step, _time.GetTimestamp(), true);
        }
    }

    public void Record(StepReport report)
    {
        lock (_gate)
        {
            (_state, _step, _epoch, _loss, _lossScale) = (TrainerStates.Training, report.Step, report.Epoch, report.Loss, report.LossScale);
        }
    }

    public void RecordAccuracy(double accuracy)
    {
        lock (_gate)
            _testAccuracy = accuracy;
    }

    public void RecordDurable(DurableCheckpoint checkpoint)
    {
        lock (_gate)
        {
            // Persists finish in step order, but a late event must never move the durable step backwards.
            if (_lastDurableStep is not { } known || checkpoint.Step > known)
                _lastDurableStep = checkpoint.Step;
        }
    }

    /// <summary>The status now; <paramref name="state"/> overrides the tracked state (for the final status).</summary>
    public TrainerStatus Read(string? state = null)
    {
        lock (_gate)
        {
            double rate = 0;
            if (_began && _time.GetElapsedTime(_beganAt).TotalSeconds is var seconds and > 0)
                rate = (_step - _beganStep) / seconds;
            return new TrainerStatus(_identity.JobId, _identity.Rank, state ?? _state, _step, _identity.TotalSteps, _epoch, _loss, rate,
                _lastDurableStep, _identity.Precision, _lossScale, _testAccuracy, _time.GetUtcNow(), _identity.AttemptId);
        }
    }
}
