using Spot.CostModel.Ledger;
using Spot.Launcher.Drills;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Tests.EndToEnd;
using Xunit.Abstractions;

namespace Spot.Drills.Tests.Drills;

/// <summary>Each built-in plan, run for real on LocalCloud with real trainers and an uninterrupted reference run.</summary>
[Collection(DrillCollection.Name)]
public sealed class BuiltInDrillTests(ITestOutputHelper output)
{
    private const AttemptEndReason Spot = AttemptEndReason.SpotInterruption;
    private const AttemptEndReason Done = AttemptEndReason.Completed;

    [Fact]
    public async Task Notice_at_random_step_resumes_to_the_reference_weights_with_one_spot_interruption()
    {
        var report = await RunAsync("notice-at-random-step", seed: 3);
        Assert.Equal([Spot, Done], EndReasons(report));
    }

    [Fact]
    public async Task Kill_without_notice_loses_only_uncheckpointed_steps_and_ends_with_the_reference_weights()
    {
        var report = await RunAsync("kill-no-notice");
        Assert.Equal([AttemptEndReason.UserTerminated, Done], EndReasons(report));
        // The lost steps are exactly the ones redone: both attempts' steps, less the loss, make the 240-step job.
        Assert.Equal(240, report.Ledger[0].StepsDone + report.Ledger[1].StepsDone - report.StepsLost);
        Assert.True(report.StepsLost > 0, "a kill without notice gives no chance of an emergency checkpoint");
    }

    [Fact]
    public async Task Back_to_back_interruptions_take_three_attempts_and_keep_the_reference_weights()
    {
        var report = await RunAsync("back-to-back");
        Assert.Equal([Spot, Spot, Done], EndReasons(report));
        Assert.Equal([1, 2], report.Faults.Select(f => f.Attempt!.Value));
    }

    [Fact]
    public async Task Capacity_out_during_recovery_relaunches_in_another_pool()
    {
        var report = await RunAsync("capacity-out-during-recovery");
        Assert.Equal([Spot, Done], EndReasons(report));
        var (first, second) = (report.Ledger[0], report.Ledger[1]);
        Assert.NotEqual((first.InstanceType, first.AvailabilityZone), (second.InstanceType, second.AvailabilityZone));
    }

    [Fact]
    public async Task Ec2_throttling_on_30_percent_of_calls_still_recovers_from_an_interruption()
    {
        var report = await RunAsync("ec2-throttle-30");
        Assert.Equal([Spot, Done], EndReasons(report));
    }

    [Fact]
    public async Task S3_errors_on_10_percent_of_requests_neither_corrupt_latest_nor_change_the_weights()
    {
        var report = await RunAsync("s3-errors-10");
        Assert.Equal([Spot, Done], EndReasons(report));
    }

    private async Task<DrillRunReport> RunAsync(string plan, int seed = 1)
    {
        var runner = new DrillRunner(TimeProvider.System, TimeSpan.FromMinutes(4));
        var report = await runner.RunAsync(JobSpecs.SmallMlp("drill-" + plan), BuiltInDrillPlans.Get(plan), seed, CancellationToken.None);
        foreach (var fault in report.Faults)
            output.WriteLine($"{fault.At.TotalSeconds,6:0.0}s {fault.Fault} {fault.Trigger} -> attempt {fault.Attempt} step {fault.Step}: {fault.Absorbed} (recovered in {fault.TimeToRecover?.TotalSeconds:0.0}s)");
        foreach (var attempt in report.Ledger)
            output.WriteLine($"attempt {attempt.Attempt}: {attempt.InstanceType} {attempt.AvailabilityZone} {attempt.EndReason} steps {attempt.StepsDone}, {attempt.StepsSinceCheckpoint} since checkpoint");
        Assert.True(report.Passed, string.Join(Environment.NewLine, report.Failures));
        Assert.Equal((JobState.Succeeded, true, true, 0), (report.Final, report.WeightsIdentical, report.Latest.Verifies, report.LeftoverInstances));
        return report;
    }

    private static AttemptEndReason[] EndReasons(DrillRunReport report) => [.. report.Ledger.Select(a => a.EndReason!.Value)];
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DrillCollection
{
    public const string Name = "drills";
}
