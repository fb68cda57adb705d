using Microsoft.Extensions.Logging.Abstractions;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Tests.Support;
using Spot.Trainer.Tests.Telemetry;
using Spot.Trainer.Training;

namespace Spot.Trainer.Tests.Training;

/// <summary>The loop snapshots when its trigger says so, feeds the trigger its costs, and reports to the observer.</summary>
[Collection(FashionMnistCollection.Name)]
public sealed class TrainingLoopTriggerTests(FashionMnistFixture data) : IDisposable
{
    private const long TotalSteps = 30;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Due at a fixed set of steps; records what the loop tells it.</summary>
    private sealed class ScriptedTrigger(params long[] dueAt) : CheckpointTrigger
    {
        public List<long> Began { get; } = [];
        public List<(long Step, TimeSpan Stall)> Snapshots { get; } = [];
        public List<(long Step, TimeSpan Persist)> Persists { get; } = [];

        public override void Begin(long step) => Began.Add(step);

        public override void OnSnapshotTaken(long step, TimeSpan stall) => Snapshots.Add((step, stall));

        public override void OnPersisted(long step, TimeSpan persist)
        {
            lock (Persists) Persists.Add((step, persist));
        }

        protected override bool IsDue(long step) => dueAt.Contains(step);
    }

    private async Task<(BackgroundCheckpointWriter Writer, LoopEnd End)> RunAsync(CheckpointTrigger trigger, RecordingObserver observer,
        int rank = 0, long? stopAt = null)
    {
        using var session = new TrainingSession(TestJobs.SmallMlp(totalSteps: TotalSteps), data.Train, new SingleProcessGradientReducer());
        var writer = new BackgroundCheckpointWriter(
            new CheckpointCommitter(new LocalDirectoryCheckpointStore(_dir.Path), keep: 10, TimeProvider.System, NullLogger.Instance),
            NullLogger.Instance, TimeProvider.System);
        var loop = new TrainingLoop(session, data.Train, data.Test, writer, trigger,
            new LoopOptions(TestJobs.JobId, stopAt, Rank: rank), TimeProvider.System, NullLogger.Instance, observer);
        var end = await loop.RunAsync(CancellationToken.None);
        return (writer, end);
    }

    private async Task<long[]> CheckpointStepsAsync() =>
        CheckpointIds.NewestFirst(await new LocalDirectoryCheckpointStore(_dir.Path).ListAsync(CancellationToken.None))
            .Select(entry => entry.Step).Order().ToArray();

    [Fact]
    public async Task Loop_snapshots_at_the_steps_its_trigger_names_and_reports_each_stall_and_persist_to_it()
    {
        var trigger = new ScriptedTrigger(7, 19);

        var (writer, end) = await RunAsync(trigger, new RecordingObserver());

        Assert.Equal(LoopEnd.Finished, end);
        Assert.Equal([0], trigger.Began);
        Assert.Equal(new long[] { 7, 19, 30 }, await CheckpointStepsAsync());
        Assert.Equal([7, 19, 30], trigger.Snapshots.Select(s => s.Step));
        Assert.Equal([7, 19, 30], trigger.Persists.Select(p => p.Step).Order());
        Assert.All(trigger.Snapshots.Concat(trigger.Persists), entry => Assert.True(entry.Item2 > TimeSpan.Zero, $"step {entry.Item1} measured no time"));
        Assert.Equal(30, writer.LastDurableStep);
    }

    [Fact]
    public async Task Observer_hears_every_step_the_evaluation_and_each_durable_checkpoint()
    {
        var observer = new RecordingObserver();

        await RunAsync(new EveryStepsCheckpointTrigger(10), observer);

        Assert.Equal([0L], observer.Starts);
        Assert.Equal(Enumerable.Range(1, (int)TotalSteps).Select(step => (long)step), observer.Steps.Select(s => s.Step));
        Assert.All(observer.Steps, report => Assert.Equal((TotalSteps, true, (double?)null), (report.TotalSteps, report.Applied, report.LossScale)));
        Assert.All(observer.Steps, report => Assert.True(report.LearningRate > 0));
        Assert.NotNull(observer.Steps[^1].Loss);
        var evaluation = Assert.Single(observer.Evaluations);
        Assert.Equal(TotalSteps, evaluation.Step);
        Assert.Equal([10, 20, 30], observer.Durable.Select(d => d.Step).Order());
        Assert.Equal(CheckpointIds.ForStep(30), observer.Durable.Single(d => d.Step == 30).CheckpointId);
    }

    [Fact]
    public async Task A_request_for_an_early_checkpoint_during_a_step_snapshots_right_after_that_step()
    {
        var trigger = new EveryStepsCheckpointTrigger(20);
        var observer = new RecordingObserver();
        observer.AtStep[12] = trigger.RequestSoon; // as a rebalance recommendation would, from another thread

        await RunAsync(trigger, observer);

        Assert.Equal(new long[] { 12, 20, 30 }, await CheckpointStepsAsync());
    }

    [Fact]
    public async Task A_planned_stop_between_trigger_steps_still_ends_with_a_durable_checkpoint_of_the_last_step()
    {
        var (writer, end) = await RunAsync(new EveryStepsCheckpointTrigger(10), new RecordingObserver(), stopAt: 15);

        Assert.Equal(LoopEnd.Stopped, end);
        Assert.Equal(new long[] { 10, 15 }, await CheckpointStepsAsync());
        Assert.Equal(15, writer.LastDurableStep);
    }

    [Fact]
    public async Task A_rank_other_than_zero_trains_but_neither_checkpoints_nor_reports()
    {
        var trigger = new ScriptedTrigger(7, 19);
        var observer = new RecordingObserver();

        var (writer, end) = await RunAsync(trigger, observer, rank: 1);

        Assert.Equal(LoopEnd.Finished, end);
        Assert.Empty(await CheckpointStepsAsync());
        Assert.Empty(trigger.Snapshots);
        Assert.Empty(observer.Starts);
        Assert.Empty(observer.Steps);
        Assert.Empty(observer.Evaluations);
        Assert.Null(writer.LastDurableStep);
    }
}
