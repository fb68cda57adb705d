namespace Spot.Trainer.Checkpoints;

/// <summary>
/// Checkpoints once <see cref="Interval"/> has passed since the loop started or last snapshotted, on the
/// <see cref="TimeProvider"/>'s clock. The interval is measured from the end of the previous snapshot, so a slow
/// snapshot does not eat into the training time between two of them.
/// </summary>
public abstract class TimedCheckpointTrigger : CheckpointTrigger
{
    private long _since;

    protected TimedCheckpointTrigger(TimeProvider time)
    {
        Time = time;
        _since = time.GetTimestamp();
    }

    protected TimeProvider Time { get; }

    /// <summary>The wall time the trigger currently waits between two snapshots.</summary>
    public abstract TimeSpan Interval { get; }

    public override void Begin(long step) => _since = Time.GetTimestamp();

    public override void OnSnapshotTaken(long step, TimeSpan stall) => _since = Time.GetTimestamp();

    protected override bool IsDue(long step) => Time.GetElapsedTime(_since) >= Interval;
}
