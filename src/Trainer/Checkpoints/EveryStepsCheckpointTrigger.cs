namespace Spot.Trainer.Checkpoints;

/// <summary>
/// Checkpoints at every multiple of N steps, counted from step 0 rather than from the resume point, so an
/// interrupted and resumed run snapshots at exactly the steps an uninterrupted one does.
/// </summary>
public sealed class EveryStepsCheckpointTrigger : CheckpointTrigger
{
    public EveryStepsCheckpointTrigger(long steps)
    {
        if (steps < 1)
            throw new ArgumentOutOfRangeException(nameof(steps), steps, "The checkpoint interval must be at least 1 step.");
        Steps = steps;
    }

    public long Steps { get; }

    protected override bool IsDue(long step) => step % Steps == 0;
}
