using Spot.CostModel.Ledger;
using Spot.Drills.Tests.Drills;
using Spot.Launcher.Daemon.Hosting;
using Spot.Launcher.Drills;
using Spot.Launcher.Drills.LocalStack;
using Xunit.Abstractions;

namespace Spot.Drills.Tests.LocalStack;

/// <summary>
/// The LocalStack harness's drills and what each must leave behind, whichever cloud plays LocalStack (the real one, or
/// the CI stand-in): the runner's own checks, then the ledger. Every loss ends in TerminateInstances there, so each
/// interrupted attempt reads UserTerminated. The suite's reference run is shared.
/// </summary>
internal sealed class HarnessDrills(DrillFixture fixture, Func<SpotSettings> settings, string jobPrefix, ITestOutputHelper output)
{
    private const AttemptEndReason User = AttemptEndReason.UserTerminated;
    private const AttemptEndReason Done = AttemptEndReason.Completed;

    public async Task NoticeAtRandomStepAsync()
    {
        var report = await RunAsync("notice-at-random-step", seed: 3);
        Assert.Equal([User, Done], DrillReportOutput.EndReasons(report));
        // The trainer saw the notice on its IMDS stand-in and checkpointed every step before the terminate.
        Assert.Equal(0, report.StepsLost);
        Assert.Contains("IMDS stand-in", report.Faults[0].Detail, StringComparison.Ordinal);
    }

    public async Task KillWithoutNoticeAsync()
    {
        var report = await RunAsync("kill-no-notice");
        Assert.Equal([User, Done], DrillReportOutput.EndReasons(report));
        DrillReportOutput.AssertKillRedidOnlyUncheckpointedSteps(report);
    }

    public async Task RebalanceThenInterruptAsync()
    {
        var report = await RunAsync("rebalance-then-interrupt");
        Assert.Equal([User, Done], DrillReportOutput.EndReasons(report));
        Assert.Contains("rebalance recommendation", report.Faults[0].Detail, StringComparison.Ordinal);
    }

    public async Task BackToBackAsync()
    {
        var report = await RunAsync("back-to-back");
        Assert.Equal([User, User, Done], DrillReportOutput.EndReasons(report));
        Assert.Equal([1, 2], report.Faults.Select(f => f.Attempt!.Value));
    }

    public async Task DaemonRestartMidJobAsync()
    {
        var report = await RunAsync("daemon-restart-mid-job");
        Assert.Equal([User, Done], DrillReportOutput.EndReasons(report));
        // The restarted daemon adopted the running instance instead of launching another.
        Assert.Equal(report.Faults[0].InstanceId, report.Ledger[0].InstanceId);
    }

    private async Task<DrillRunReport> RunAsync(string plan, int seed = 1)
    {
        var runner = new LocalStackDrillRunner(new DrillOptions { Limit = TimeSpan.FromMinutes(4), Settings = settings }, fixture.Runner);
        var report = await runner.RunAsync(DrillFixture.Spec($"{jobPrefix}-{plan}", "spot"), BuiltInDrillPlans.Get(plan), seed, CancellationToken.None);
        DrillReportOutput.AssertPassed(report, output);
        return report;
    }
}
