using System.Collections.Concurrent;
using Spot.Trainer.Checkpoints;

namespace Spot.Bench.Trainer.Checkpointing;

/// <summary>
/// Passes every decision to an inner trigger (or never checkpoints, with none) and keeps what the loop and the
/// writer report to it: the trainer's own measure of each snapshot's stall and each persist's duration.
/// </summary>
public sealed class RecordingTrigger(CheckpointTrigger? inner) : CheckpointTrigger
{
    private readonly ConcurrentQueue<(long Step, TimeSpan Duration)> _snapshots = new();
    private readonly ConcurrentQueue<(long Step, TimeSpan Duration)> _persists = new();

    public IReadOnlyCollection<(long Step, TimeSpan Duration)> Snapshots => _snapshots;

    /// <summary>Filled on the writer's background thread; complete once the writer has been flushed.</summary>
    public IReadOnlyCollection<(long Step, TimeSpan Duration)> Persists => _persists;

    public override void Begin(long step) => inner?.Begin(step);

    public override void OnSnapshotTaken(long step, TimeSpan stall)
    {
        _snapshots.Enqueue((step, stall));
        inner?.OnSnapshotTaken(step, stall);
    }

    public override void OnPersisted(long step, TimeSpan persist)
    {
        _persists.Enqueue((step, persist));
        inner?.OnPersisted(step, persist);
    }

    protected override bool IsDue(long step) => inner?.ShouldCheckpoint(step) ?? false;
}
