using Spot.Trainer.Checkpoints;
using Spot.Trainer.Telemetry;

namespace Spot.Bench.Trainer.Checkpointing;

/// <summary>
/// Stamps the time each step finished, as the training loop reports it. The gap between two stamps is one step,
/// plus, when the loop snapshotted in between, everything the snapshot kept the loop waiting for.
/// </summary>
public sealed class StepClock(TimeProvider time) : ITrainingObserver
{
    private readonly List<(long Step, long Timestamp)> _stamps = [];

    public IReadOnlyList<(long Step, long Timestamp)> Stamps => _stamps;

    public void OnStart(long step)
    {
    }

    public void OnStep(StepReport report) => _stamps.Add((report.Step, time.GetTimestamp()));

    public void OnEvaluated(long step, double accuracy)
    {
    }

    public void OnCheckpointDurable(DurableCheckpoint checkpoint)
    {
    }

    /// <summary>Seconds from the stamp of <paramref name="from"/> to that of <paramref name="from"/> + 1.</summary>
    public double GapAfter(long from) => Between(from, from + 1);

    public double Between(long from, long to) =>
        time.GetElapsedTime(StampOf(from), StampOf(to)).TotalSeconds;

    private long StampOf(long step)
    {
        foreach (var (s, timestamp) in _stamps)
            if (s == step) return timestamp;
        throw new InvalidOperationException($"step {step} was never reported; the run reported {_stamps.Count} steps");
    }
}
