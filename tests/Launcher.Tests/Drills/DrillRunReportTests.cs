using Spot.CostModel.Ledger;
using Spot.Launcher.Drills;
using Spot.Launcher.Jobs.State;
using static Spot.Launcher.Tests.Drills.DrillReportSamples;

namespace Spot.Launcher.Tests.Drills;

public sealed class DrillRunReportTests
{
    private static readonly DrillPlan KillPlan = new("kill-no-notice", "", [new DrillFault(DrillFaultKind.KillWithoutNotice, new DrillTrigger(null, false, null, 0.35))], JobState.Succeeded);

    private static readonly InjectedFault FiredKill = new("kill", "at 35 % of the steps", true, TimeSpan.FromSeconds(10), 1, "i-0aaa", 210, "lost", TimeSpan.FromSeconds(5));

    private static readonly AttemptRecord[] KilledThenCompleted =
    [
        Attempt(1, "i-0aaa", 0.2m, Noon, Noon.AddMinutes(10), AttemptEndReason.UserTerminated, 210, 10),
        Attempt(2, "i-0bbb", 0.2m, Noon.AddMinutes(11), Noon.AddMinutes(20), AttemptEndReason.Completed, 400, 0),
    ];

    private static List<string> Check(
        JobState final = JobState.Succeeded, JobState reference = JobState.Succeeded, InjectedFault? fault = null, IReadOnlyList<AttemptRecord>? ledger = null,
        bool? weights = true, LatestCheckpoint? latest = null, int leftover = 0) =>
        DrillRunReport.Check(KillPlan, final, reference, [fault ?? FiredKill], ledger ?? KilledThenCompleted,
            DrillRunReport.EndReasonsFor([DrillFaultKind.KillWithoutNotice], JobState.Succeeded), weights, latest ?? Verified, leftover);

    [Fact]
    public void Check_finds_nothing_when_the_job_recovered_as_the_timeline_implies()
    {
        Assert.Empty(Check());
    }

    [Fact]
    public void Check_reports_a_job_that_had_not_ended_when_time_ran_out()
    {
        Assert.Equal(["the job was still Running when the drill ran out of time"], Check(final: JobState.Running));
    }

    [Fact]
    public void Check_reports_a_job_that_ended_in_another_state_than_the_plan_expects()
    {
        Assert.Equal(["the job ended Failed; the plan expects Succeeded"], Check(final: JobState.Failed));
    }

    [Fact]
    public void Check_reports_a_reference_run_that_did_not_succeed()
    {
        Assert.Equal(["the reference run ended Failed, not Succeeded"], Check(reference: JobState.Failed));
    }

    [Fact]
    public void Check_reports_a_fault_that_never_fired()
    {
        Assert.Contains("kill at 35 % of the steps never fired: the job ended first", Check(fault: FiredKill with { Fired = false }));
    }

    [Fact]
    public void Check_reports_ledger_end_reasons_that_differ_from_the_timeline()
    {
        var interrupted = KilledThenCompleted.Select((a, i) => i == 0 ? a with { EndReason = AttemptEndReason.SpotInterruption } : a).ToList();
        Assert.Equal(["the ledger's end reasons are [SpotInterruption, Completed]; the timeline implies [UserTerminated, Completed]"], Check(ledger: interrupted));
    }

    [Fact]
    public void Check_shows_an_attempt_still_running_as_running_in_the_ledger_failure()
    {
        var running = KilledThenCompleted.Select((a, i) => i == 1 ? a with { EndedAt = null, EndReason = null } : a).ToList();
        Assert.Equal(["the ledger's end reasons are [UserTerminated, running]; the timeline implies [UserTerminated, Completed]"], Check(ledger: running));
    }

    [Fact]
    public void Check_reports_weights_that_differ_but_not_weights_left_unchecked()
    {
        Assert.Equal(["the final weights differ from the uninterrupted reference run's"], Check(weights: false));
        Assert.Empty(Check(weights: null));
    }

    [Fact]
    public void Check_reports_a_latest_checkpoint_that_does_not_verify()
    {
        Assert.Equal(["latest does not verify: sha256 mismatch"], Check(latest: new LatestCheckpoint("c", 300, null, "sha256 mismatch")));
    }

    [Fact]
    public void Check_reports_instances_left_running()
    {
        Assert.Equal(["2 instance(s) left running"], Check(leftover: 2));
    }

    [Fact]
    public void EndReasonsFor_gives_one_reason_per_attempt_ending_fault_then_completed()
    {
        DrillFaultKind[] fired =
        [
            DrillFaultKind.Ec2Throttle, DrillFaultKind.InterruptWithNotice, DrillFaultKind.DrainCurrentPool, DrillFaultKind.KillWithoutNotice,
            DrillFaultKind.RestartDaemon, DrillFaultKind.CorruptLatest,
        ];
        Assert.Equal(
            [AttemptEndReason.SpotInterruption, AttemptEndReason.UserTerminated, AttemptEndReason.SpotInterruption, AttemptEndReason.Completed],
            DrillRunReport.EndReasonsFor(fired, JobState.Succeeded));
    }

    [Fact]
    public void EndReasonsFor_ends_with_the_guard_reason_when_the_plan_expects_budget_or_deadline()
    {
        Assert.Equal([AttemptEndReason.BudgetExhausted], DrillRunReport.EndReasonsFor([DrillFaultKind.CutBudget], JobState.BudgetExhausted));
        Assert.Equal([AttemptEndReason.SpotInterruption, AttemptEndReason.DeadlineExceeded],
            DrillRunReport.EndReasonsFor([DrillFaultKind.InterruptWithNotice], JobState.DeadlineMissed));
    }

    [Fact]
    public void LedgerConsistent_compares_the_ledger_with_the_reasons_the_timeline_implies()
    {
        Assert.True(Passed.LedgerConsistent);
        Assert.False((Passed with { ExpectedEndReasons = [AttemptEndReason.Completed] }).LedgerConsistent);
    }
}
