namespace Spot.Trainer.Checkpoints;

/// <summary>Checkpoints every T seconds of wall time, whatever the step rate.</summary>
public sealed class EverySecondsCheckpointTrigger : TimedCheckpointTrigger
{
    private readonly TimeSpan _interval;

    public EverySecondsCheckpointTrigger(TimeSpan interval, TimeProvider time)
        : base(time)
    {
        if (interval <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "The checkpoint interval must be a positive time.");
        _interval = interval;
    }

    public override TimeSpan Interval => _interval;
}
