using Microsoft.Extensions.Logging;
using Spot.Contracts;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Hosting;
using Spot.Trainer.Interruption;
using Spot.Trainer.Telemetry;
using Spot.Trainer.Tests.Support;

namespace Spot.Trainer.Tests.Interruption;

/// <summary>
/// The runner with a watcher, in-process: IMDS documents are posted while the loop runs (from its observer, at a
/// chosen step), and the watcher is polled right then, so what the loop does about them is exact.
/// </summary>
[Collection(FashionMnistCollection.Name)]
public sealed class RunnerNoticeTests(FashionMnistFixture data) : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly RecordingLogger _logger = new();
    private ScriptedImds _imds = null!;

    public async Task InitializeAsync() => _imds = await ScriptedImds.StartAsync();

    public async Task DisposeAsync() => await _imds.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    /// <summary>At the chosen step, sets an IMDS document (<c>post</c>) and has the watcher poll it at once.</summary>
    private sealed class PostAtStep(long step, Action post, InterruptionWatcher watcher) : ITrainingObserver
    {
        public void OnStart(long step)
        {
        }

        public void OnStep(StepReport report)
        {
            if (report.Step != step) return;
            post();
            watcher.PollOnceAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        public void OnEvaluated(long step, double accuracy)
        {
        }

        public void OnCheckpointDurable(DurableCheckpoint checkpoint)
        {
        }
    }

    private async Task<TrainingSummary> RunAsync(InterruptionWatcher watcher, long step, Action post)
    {
        var job = TestJobs.Job(_dir.Path, TestJobs.SmallMlp(totalSteps: 40), checkpointEvery: 0);
        return await new TrainerRunner(new LocalDirectoryCheckpointStore(_dir.Path), TimeProvider.System, _logger)
            .RunAsync(job, data.Train, data.Test, CancellationToken.None, watcher, new PostAtStep(step, post, watcher));
    }

    [Fact]
    public async Task A_rebalance_recommendation_checkpoints_after_the_current_step_and_training_goes_on()
    {
        await using var watcher = new InterruptionWatcher(new ImdsClient(_imds.Endpoint, TimeProvider.System), TimeSpan.FromSeconds(5), TimeProvider.System, _logger);

        var summary = await RunAsync(watcher, 13, () => _imds.Answer(RebalanceRecommendation.Path, """{"noticeTime":"2026-03-02T12:00:00Z"}"""));

        var checkpoints = await new LocalDirectoryCheckpointStore(_dir.Path).ListAsync(CancellationToken.None);
        Assert.Equal((ExitCodes.Success, 40L), (summary.ExitCode, summary.Step));
        Assert.Equal([CheckpointIds.ForStep(13), CheckpointIds.ForStep(40)], checkpoints);
        Assert.Contains(_logger.Messages(LogLevel.Warning), m => m.StartsWith("Rebalance recommendation posted at 2026-03-02T12:00:00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_interruption_notice_stops_after_the_step_with_a_durable_checkpoint_and_reports_the_deadline_margin()
    {
        await using var watcher = new InterruptionWatcher(new ImdsClient(_imds.Endpoint, TimeProvider.System), TimeSpan.FromSeconds(5), TimeProvider.System, _logger);
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);

        var summary = await RunAsync(watcher, 17, () => _imds.Answer(InstanceActionNotice.Path,
            $$"""{"action":"terminate","time":"{{deadline.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"}"""));

        Assert.Equal((ExitCodes.Preempted, "stopped", 17L, (long?)17), (summary.ExitCode, summary.Outcome, summary.Step, summary.LastDurableStep));
        Assert.Equal(CheckpointIds.ForStep(17), await new LocalDirectoryCheckpointStore(_dir.Path).GetLatestAsync(CancellationToken.None));
        Assert.Equal(deadline.ToUnixTimeSeconds(), summary.NoticeDeadline!.Value.ToUnixTimeSeconds());
        Assert.InRange(summary.DeadlineMarginSeconds!.Value, 0, 120);
        Assert.Contains(_logger.Messages(LogLevel.Information), m => m.StartsWith("Emergency checkpoint of step 17 became durable at", StringComparison.Ordinal) && m.EndsWith(": it beat the deadline", StringComparison.Ordinal));
    }
}
