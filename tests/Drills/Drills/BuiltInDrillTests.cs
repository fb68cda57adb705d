using Spot.CostModel;
using Spot.CostModel.Ledger;
using Spot.Launcher.Drills;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Tests.EndToEnd;
using Xunit.Abstractions;

namespace Spot.Drills.Tests.Drills;

/// <summary>
/// Every built-in plan, run for real on LocalCloud with real trainers. Beyond the runner's own checks (terminal state,
/// weights equal to the uninterrupted reference run's, a verifying latest, no instance left, end reasons implied by
/// the timeline), each test states what its fault must leave in the ledger.
/// </summary>
[Collection(DrillCollection.Name)]
public sealed class BuiltInDrillTests(DrillFixture fixture, ITestOutputHelper output)
{
    private const AttemptEndReason Spot = AttemptEndReason.SpotInterruption;
    private const AttemptEndReason Done = AttemptEndReason.Completed;

    [Fact]
    public async Task Notice_at_random_step_resumes_to_the_reference_weights_with_one_spot_interruption()
    {
        var report = await RunAsync("notice-at-random-step", seed: 3);
        Assert.Equal([Spot, Done], DrillReportOutput.EndReasons(report));
        // With notice, the emergency checkpoint covers every step the first attempt ran.
        Assert.Equal(0, report.StepsLost);
    }

    [Fact]
    public async Task Kill_without_notice_loses_only_uncheckpointed_steps_and_ends_with_the_reference_weights()
    {
        var report = await RunAsync("kill-no-notice");
        Assert.Equal([AttemptEndReason.UserTerminated, Done], DrillReportOutput.EndReasons(report));
        // The lost steps are exactly the ones redone: both attempts' steps, less the loss, make the whole job.
        Assert.Equal(DrillFixture.Steps, report.Ledger[0].StepsDone + report.Ledger[1].StepsDone - report.StepsLost);
        // At most the steps since the last durable checkpoint: under one interval, plus one more when the kill caught
        // the next checkpoint still uploading in the background.
        Assert.InRange(report.StepsLost, 1, (2 * DrillFixture.CheckpointEvery) - 1);
    }

    [Fact]
    public async Task Interrupt_during_checkpoint_upload_never_commits_the_half_uploaded_checkpoint()
    {
        var report = await RunAsync("interrupt-during-upload");
        Assert.Equal([Spot, Done], DrillReportOutput.EndReasons(report));
        Assert.Contains("held", report.Faults[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebalance_then_interrupt_resumes_to_the_reference_weights()
    {
        var report = await RunAsync("rebalance-then-interrupt");
        Assert.Equal([Spot, Done], DrillReportOutput.EndReasons(report));
    }

    [Fact]
    public async Task Back_to_back_interruptions_take_three_attempts_and_keep_the_reference_weights()
    {
        var report = await RunAsync("back-to-back");
        Assert.Equal([Spot, Spot, Done], DrillReportOutput.EndReasons(report));
        Assert.Equal([1, 2], report.Faults.Select(f => f.Attempt!.Value));
    }

    [Fact]
    public async Task Capacity_out_during_recovery_relaunches_in_another_pool()
    {
        var report = await RunAsync("capacity-out-during-recovery");
        Assert.Equal([Spot, Done], DrillReportOutput.EndReasons(report));
        var (first, second) = (report.Ledger[0], report.Ledger[1]);
        Assert.NotEqual((first.InstanceType, first.AvailabilityZone), (second.InstanceType, second.AvailabilityZone));
    }

    [Fact]
    public async Task Ec2_throttling_on_30_percent_of_calls_still_recovers_from_an_interruption()
    {
        var report = await RunAsync("ec2-throttle-30");
        Assert.Equal([Spot, Done], DrillReportOutput.EndReasons(report));
    }

    [Fact]
    public async Task S3_errors_on_10_percent_of_requests_neither_corrupt_latest_nor_change_the_weights()
    {
        var report = await RunAsync("s3-errors-10");
        Assert.Equal([Spot, Done], DrillReportOutput.EndReasons(report));
    }

    [Fact]
    public async Task Daemon_restarted_mid_job_leaves_the_instance_running_and_the_new_daemon_absorbs_the_interruption()
    {
        var report = await RunAsync("daemon-restart-mid-job");
        Assert.Equal([Spot, Done], DrillReportOutput.EndReasons(report));
        Assert.Equal(report.Faults[0].InstanceId, report.Ledger[0].InstanceId);
    }

    [Fact]
    public async Task Daemon_killed_mid_launch_adopts_the_instance_it_launched_instead_of_launching_another()
    {
        var report = await RunAsync("daemon-restart-mid-launch");
        // One relaunch, not two: the instance launched by the dead daemon is the one that finishes the job.
        Assert.Equal([Spot, Done], DrillReportOutput.EndReasons(report));
    }

    [Fact]
    public async Task Price_above_the_ceiling_ends_the_spot_attempt_and_relaunches_in_a_pool_under_it()
    {
        var report = await RunAsync("price-above-ceiling");
        Assert.Equal([Spot, Done], DrillReportOutput.EndReasons(report));
        Assert.NotEqual(report.Ledger[0].AvailabilityZone + report.Ledger[0].InstanceType, report.Ledger[1].AvailabilityZone + report.Ledger[1].InstanceType);
    }

    [Fact]
    public async Task Budget_cut_mid_run_stops_the_job_as_budget_exhausted_with_a_final_checkpoint()
    {
        var report = await RunAsync("budget-runs-out");
        Assert.Equal(JobState.BudgetExhausted, report.Final);
        Assert.Equal([AttemptEndReason.BudgetExhausted], DrillReportOutput.EndReasons(report));
        Assert.InRange(report.Latest.Step!.Value, 1, DrillFixture.Steps - 1);
        Assert.Null(report.WeightsIdentical);
    }

    [Fact]
    public async Task Deadline_at_risk_with_spot_gone_finishes_on_demand_in_time()
    {
        var report = await RunAsync("deadline-forces-on-demand", market: "spot-then-on-demand");
        Assert.Equal([Spot, Done], DrillReportOutput.EndReasons(report));
        Assert.Equal((Market.Spot, Market.OnDemand), (report.Ledger[0].Market, report.Ledger[1].Market));
    }

    [Fact]
    public async Task Corrupt_latest_checkpoint_is_rejected_and_the_resume_falls_back_to_the_one_before()
    {
        var report = await RunAsync("corrupt-latest");
        Assert.Equal([Spot, Done], DrillReportOutput.EndReasons(report));
        // The runner has already read the next trainer's log: it resumed from a checkpoint older than the corrupted one.
        Assert.Contains("flipped", report.Faults[0].Detail, StringComparison.Ordinal);
    }

    private async Task<DrillRunReport> RunAsync(string plan, int seed = 1, string market = "spot")
    {
        var report = await fixture.Runner.RunAsync(DrillFixture.Spec("drill-" + plan, market), BuiltInDrillPlans.Get(plan), seed, CancellationToken.None);
        DrillReportOutput.AssertPassed(report, output);
        return report;
    }
}
