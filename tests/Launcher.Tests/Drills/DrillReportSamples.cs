using Spot.CostModel;
using Spot.CostModel.Ledger;
using Spot.Launcher.Drills;
using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Tests.Drills;

/// <summary>Hand-built drill reports with round figures, so the JSON and table tests can state their numbers by hand.</summary>
internal static class DrillReportSamples
{
    public static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static LatestCheckpoint Verified { get; } = new("ckpt-000600", 600, "ab12", null);

    /// <summary>kill-no-notice, passed: attempt 1 (spot $0.20/h, 600 s, terminated by us) and attempt 2 (spot $0.25/h,
    /// 30 s, completed, so billed the 60 s minimum); on-demand is $0.526/h.</summary>
    public static DrillRunReport Passed { get; } = new(
        "kill-no-notice", 3, "quickstart", JobState.Succeeded, JobState.Succeeded, JobState.Succeeded,
        [new InjectedFault("kill", "at 35 % of the steps", true, TimeSpan.FromSeconds(12.5), 1, "i-0aaa", 210, "attempt 1 lost: terminated", TimeSpan.FromSeconds(8.25), "terminated i-0aaa")],
        10,
        [
            Attempt(1, "i-0aaa", 0.20m, Noon, Noon.AddMinutes(10), AttemptEndReason.UserTerminated, 210, 10),
            Attempt(2, "i-0bbb", 0.25m, Noon.AddSeconds(630), Noon.AddSeconds(660), AttemptEndReason.Completed, 400, 0),
        ],
        [AttemptEndReason.UserTerminated, AttemptEndReason.Completed],
        true, Verified, 0, TimeSpan.FromSeconds(41.2346), []);

    /// <summary>random-4, failed: an AWS interruption after 30 min (free: first hour), then an attempt still running,
    /// the weights differ, latest is corrupt and one instance was left running.</summary>
    public static DrillRunReport Failed { get; } = new(
        "random-4", 4, "quickstart-2", JobState.Succeeded, JobState.Running, JobState.Succeeded,
        [
            new InjectedFault("interrupt", "at 20 % of the steps", true, TimeSpan.FromSeconds(20), 1, "i-0ccc", 120, "attempt 1 interrupted", null, "notice to i-0ccc"),
            new InjectedFault("kill", "at 60 % of the steps", false, TimeSpan.FromSeconds(300), null, null, null, null, null),
        ],
        20,
        [
            Attempt(1, "i-0ccc", 0.20m, Noon, Noon.AddMinutes(30), AttemptEndReason.SpotInterruption, 300, 20),
            Attempt(2, "i-0ddd", 0.20m, Noon.AddMinutes(31), null, null, 50, 50),
        ],
        [AttemptEndReason.SpotInterruption, AttemptEndReason.UserTerminated, AttemptEndReason.Completed],
        false, new LatestCheckpoint("ckpt-000300", 300, null, "part model.bin does not match"), 1, TimeSpan.FromSeconds(300), ["the job was still Running when the drill ran out of time", "1 instance(s) left running"]);

    public static AttemptRecord Attempt(int attempt, string instance, decimal spotUsdPerHour, DateTimeOffset started, DateTimeOffset? ended,
        AttemptEndReason? reason, long steps, long sinceCheckpoint) =>
        new("quickstart", attempt, instance, "g4dn.xlarge", "us-east-1a", Market.Spot, [new PriceSegment(started, spotUsdPerHour)], 0.526m,
            started, ended, reason, steps, sinceCheckpoint);
}
