namespace Spot.Trainer.Checkpoints;

/// <summary>
/// Decides, after each step, whether the loop snapshots now. The loop tells it when a snapshot was taken and how
/// long that stalled training; the background writer tells it how long the persist took. Subclasses decide by steps,
/// by wall time, or by Young/Daly from those measurements.
/// </summary>
public abstract class CheckpointTrigger
{
    private int _requested;

    /// <summary>
    /// Asks for a checkpoint after the current step, whatever the schedule says (a rebalance recommendation makes an
    /// interruption likelier, so the work since the last checkpoint is worth saving early). Safe from any thread.
    /// </summary>
    public void RequestSoon() => Interlocked.Exchange(ref _requested, 1);

    /// <summary>Called once when the loop starts, at the step it starts from (0, or the resumed step).</summary>
    public virtual void Begin(long step)
    {
    }

    /// <summary>True when the loop should snapshot after finishing <paramref name="step"/>.</summary>
    public bool ShouldCheckpoint(long step)
    {
        // Consume the request here, so one that arrives during the snapshot asks for the next one too.
        bool requested = Interlocked.Exchange(ref _requested, 0) == 1;
        return requested | IsDue(step);
    }

    /// <summary>The loop took a snapshot of <paramref name="step"/>; <paramref name="stall"/> is how long training waited for it.</summary>
    public virtual void OnSnapshotTaken(long step, TimeSpan stall)
    {
    }

    /// <summary>The snapshot of <paramref name="step"/> became durable after <paramref name="persist"/> in the background. Any thread.</summary>
    public virtual void OnPersisted(long step, TimeSpan persist)
    {
    }

    protected abstract bool IsDue(long step);
}
