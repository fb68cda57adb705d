using Spot.Launcher.Drills;
using Spot.Launcher.Drills.LocalStack;

namespace Spot.Launcher.Tests.Drills;

/// <summary>Which built-in plans the LocalStack harness runs, and the reason it gives for skipping the others.</summary>
public sealed class LocalStackPlansTests
{
    [Fact]
    public void EmulatedBuiltIns_are_the_plans_made_only_of_notices_kills_rebalances_and_daemon_restarts()
    {
        Assert.Equal(
            ["notice-at-random-step", "kill-no-notice", "rebalance-then-interrupt", "back-to-back", "daemon-restart-mid-job"],
            LocalStackPlans.EmulatedBuiltIns);
    }

    [Theory]
    [InlineData("interrupt-during-upload", "interrupt_during_upload", "S3 upload hold")]
    [InlineData("capacity-out-during-recovery", "drain_pool", "capacity is unlimited")]
    [InlineData("ec2-throttle-30", "ec2_throttle", "RequestLimitExceeded")]
    [InlineData("s3-errors-10", "s3_errors", "LocalStack's S3")]
    [InlineData("price-above-ceiling", "price_above_ceiling", "0.00001")]
    [InlineData("daemon-restart-mid-launch", "restart_daemon_mid_launch", "launch interceptor")]
    [InlineData("budget-runs-out", "cut_budget", "store")]
    [InlineData("deadline-forces-on-demand", "deadline_at_risk", "spot capacity")]
    [InlineData("corrupt-latest", "corrupt_latest", "holds launches")]
    public void SkipReasonFor_a_plan_LocalStack_cannot_take_names_its_fault_and_why(string plan, string fault, string why)
    {
        var reason = LocalStackPlans.SkipReasonFor(BuiltInDrillPlans.Get(plan));

        Assert.NotNull(reason);
        Assert.StartsWith($"not emulated on LocalStack: {fault}: ", reason, StringComparison.Ordinal);
        Assert.Contains(why, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipReasonFor_a_plan_of_emulated_faults_is_null()
    {
        var plan = new DrillPlan("mixed", "", [new DrillFault(DrillFaultKind.KillWithoutNotice, DrillTrigger.AfterPrevious),
            new DrillFault(DrillFaultKind.RestartDaemon, DrillTrigger.AfterPrevious)], Spot.Launcher.Jobs.State.JobState.Succeeded);

        Assert.Null(LocalStackPlans.SkipReasonFor(plan));
    }

    [Fact]
    public async Task RunAsync_of_a_plan_LocalStack_cannot_take_throws_DrillPlanException_before_starting_anything()
    {
        var runner = new LocalStackDrillRunner(new DrillOptions { Settings = () => throw new InvalidOperationException("no session may start") });

        var error = await Assert.ThrowsAsync<DrillPlanException>(() =>
            runner.RunAsync("name: x", BuiltInDrillPlans.Get("ec2-throttle-30"), 1, CancellationToken.None));

        Assert.Contains("plan 'ec2-throttle-30': not emulated on LocalStack: ec2_throttle", error.Message, StringComparison.Ordinal);
    }
}
