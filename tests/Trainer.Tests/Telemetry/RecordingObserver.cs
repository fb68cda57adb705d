using System.Collections.Concurrent;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Telemetry;

namespace Spot.Trainer.Tests.Telemetry;

/// <summary>Keeps every callback the loop makes; <see cref="AtStep"/> lets a test act in the middle of a run.</summary>
public sealed class RecordingObserver : ITrainingObserver
{
    private readonly ConcurrentQueue<DurableCheckpoint> _durable = new();

    public List<long> Starts { get; } = [];

    public List<StepReport> Steps { get; } = [];

    public List<(long Step, double Accuracy)> Evaluations { get; } = [];

    public IReadOnlyList<DurableCheckpoint> Durable => _durable.ToList();

    public Dictionary<long, Action> AtStep { get; } = [];

    public void OnStart(long step) => Starts.Add(step);

    public void OnStep(StepReport report)
    {
        Steps.Add(report);
        if (AtStep.TryGetValue(report.Step, out var action))
            action();
    }

    public void OnEvaluated(long step, double accuracy) => Evaluations.Add((step, accuracy));

    public void OnCheckpointDurable(DurableCheckpoint checkpoint) => _durable.Enqueue(checkpoint);
}
