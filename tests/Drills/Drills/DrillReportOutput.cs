using Spot.CostModel.Ledger;
using Spot.Launcher.Drills;
using Spot.Launcher.Jobs.State;
using Xunit.Abstractions;

namespace Spot.Drills.Tests.Drills;

/// <summary>What every drill test prints and asserts of a report, whichever cloud ran it.</summary>
internal static class DrillReportOutput
{
    /// <summary>Prints the report, then asserts the runner's own checks and the common outcome.</summary>
    public static void AssertPassed(DrillRunReport report, ITestOutputHelper output)
    {
        output.WriteLine($"{report.Plan}: {report.Elapsed.TotalSeconds:0.0}s, {report.StepsLost} steps lost, final {report.Final}");
        foreach (var fault in report.Faults)
            output.WriteLine($"{fault.At.TotalSeconds,6:0.0}s {fault.Fault} {fault.Trigger} -> attempt {fault.Attempt} step {fault.Step}: {fault.Detail}; {fault.Absorbed} (recovered in {fault.TimeToRecover?.TotalSeconds:0.0}s)");
        foreach (var attempt in report.Ledger)
            output.WriteLine($"attempt {attempt.Attempt}: {attempt.Market} {attempt.InstanceType} {attempt.AvailabilityZone} {attempt.EndReason} steps {attempt.StepsDone}, {attempt.StepsSinceCheckpoint} since checkpoint");
        Assert.True(report.Passed, string.Join(Environment.NewLine, report.Failures));
        Assert.Equal((true, 0), (report.Latest.Verifies, report.LeftoverInstances));
        if (report.Expected == JobState.Succeeded) Assert.Equal((JobState.Succeeded, true), (report.Final, report.WeightsIdentical));
    }

    /// <summary>The ledger's end reasons in attempt order.</summary>
    public static AttemptEndReason[] EndReasons(DrillRunReport report) => [.. report.Ledger.Select(a => a.EndReason!.Value)];

    /// <summary>For a kill with no notice: the lost steps are exactly the ones redone, some were lost, and the resume
    /// starts on a checkpoint boundary before the kill. How far back depends on how many uploads were still in flight,
    /// which a loaded machine stretches, so no fixed bound is asserted.</summary>
    public static void AssertKillRedidOnlyUncheckpointedSteps(DrillRunReport report)
    {
        var (killed, resumed) = (report.Ledger[0], report.Ledger[1]);
        Assert.Equal(DrillFixture.Steps, killed.StepsDone + resumed.StepsDone - report.StepsLost);
        Assert.InRange(report.StepsLost, 1, killed.StepsDone - 1);
        Assert.Equal(0, (killed.StepsDone - report.StepsLost) % DrillFixture.CheckpointEvery);
    }
}
