using Microsoft.Extensions.Logging.Abstractions;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Data;
using Spot.Trainer.Training;

namespace Spot.Bench.Trainer.Checkpointing;

/// <summary>What one run of the real training loop measured.</summary>
/// <param name="StepsPerSecond">Over the timed window, snapshots and background persists included.</param>
/// <param name="StepSeconds">Median time of a step with no snapshot after it.</param>
/// <param name="BlockingSeconds">Per checkpoint in the window: how much longer the loop took than a plain step.</param>
/// <param name="CaptureSeconds">Per checkpoint: the snapshot stall as the trainer measures it (the in-memory copy).</param>
/// <param name="PersistSeconds">Per checkpoint: hashing and writing in the background until the latest pointer moved.</param>
public sealed record StallRunResult(double StepsPerSecond, double StepSeconds, IReadOnlyList<double> BlockingSeconds,
    IReadOnlyList<double> CaptureSeconds, IReadOnlyList<double> PersistSeconds, long CheckpointBytes);

/// <summary>
/// One run of <see cref="TrainingLoop"/> with a fresh session, the background writer and the committer, into a real
/// store. The loop stops at a planned step (so no evaluation runs); the first steps are warm-up and left out.
/// </summary>
public static class StallRun
{
    public static async Task<StallRunResult> RunAsync(TrainingOptions options, ITrainingData train, ITrainingData test,
        ICheckpointStore store, long? checkpointEvery, StallWindow window)
    {
        var logger = NullLogger.Instance;
        var time = TimeProvider.System;
        using var session = new TrainingSession(options, train, new SingleProcessGradientReducer());
        var writer = new BackgroundCheckpointWriter(new CheckpointCommitter(store, keep: 2, time, logger), logger, time);
        var trigger = new RecordingTrigger(checkpointEvery is { } every ? new EveryStepsCheckpointTrigger(every) : null);
        var clock = new StepClock(time);
        var loop = new TrainingLoop(session, train, test, writer, trigger,
            new LoopOptions("bench", StopAtStep: window.LastStep, LogEverySteps: window.LastStep + 1), time, logger, clock);
        await loop.RunAsync(CancellationToken.None); // flushes the writer, so every persist is recorded

        var snapshotSteps = trigger.Snapshots.Select(s => s.Step).ToHashSet();
        var inWindow = Enumerable.Range((int)window.FirstStep, (int)(window.LastStep - window.FirstStep)).Select(i => (long)i).ToList();
        double step = Figures.Median(inWindow.Where(s => !snapshotSteps.Contains(s)).Select(clock.GapAfter));
        var blocking = inWindow.Where(snapshotSteps.Contains).Select(s => clock.GapAfter(s) - step).ToList();
        return new StallRunResult(
            (window.LastStep - window.FirstStep) / clock.Between(window.FirstStep, window.LastStep),
            step,
            blocking,
            trigger.Snapshots.Where(s => s.Step >= window.FirstStep).Select(s => s.Duration.TotalSeconds).ToList(),
            trigger.Persists.Select(p => p.Duration.TotalSeconds).ToList(),
            await LatestSizeAsync(store));
    }

    private static async Task<long> LatestSizeAsync(ICheckpointStore store)
    {
        var id = await store.GetLatestAsync(CancellationToken.None)
            ?? throw new InvalidOperationException($"the run left no latest checkpoint in {store.Location}");
        var json = await store.ReadManifestAsync(id, CancellationToken.None)
            ?? throw new InvalidOperationException($"checkpoint {id} in {store.Location} has no manifest");
        var manifest = ManifestJson.TryDeserialize(json, out var problem)
            ?? throw new InvalidDataException($"checkpoint {id} in {store.Location}: {problem}");
        return manifest.Parts.Sum(part => part.SizeBytes);
    }
}

/// <summary>The steps a run times: from the end of <see cref="FirstStep"/> (after warm-up) to the end of <see cref="LastStep"/>.</summary>
public sealed record StallWindow(long FirstStep, long LastStep)
{
    public long Steps => LastStep - FirstStep;
}
