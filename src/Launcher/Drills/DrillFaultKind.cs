namespace Spot.Launcher.Drills;

/// <summary>The faults a drill can inject, each spelled in plan files as <see cref="DrillFaultKinds"/> lists.</summary>
public enum DrillFaultKind
{
    /// <summary>A spot interruption notice now; the instance goes one notice window later.</summary>
    InterruptWithNotice,

    /// <summary>The instance terminated at once (TerminateInstances): no notice, so no emergency checkpoint.</summary>
    KillWithoutNotice,

    /// <summary>A rebalance recommendation, then an interruption notice.</summary>
    RebalanceThenInterrupt,

    /// <summary>The spot capacity of the pool the job last ran in drops to zero.</summary>
    DrainCurrentPool,

    /// <summary>A share of EC2 calls answered with RequestLimitExceeded for a while.</summary>
    Ec2Throttle,

    /// <summary>A share of S3 requests failed with 500 or 503 for a while.</summary>
    S3Errors,

    /// <summary>The spot price of the job's pool pinned above the job's ceiling.</summary>
    PriceAboveCeiling,

    /// <summary>The next checkpoint upload of the job held mid-request while the instance is interrupted under it.</summary>
    InterruptDuringUpload,

    /// <summary>An interruption, then the checkpoint <c>latest</c> names corrupted, so the resume must fall back.</summary>
    CorruptLatest,

    /// <summary>The daemon stopped and a new one started over the same store, while the job runs.</summary>
    RestartDaemon,

    /// <summary>The daemon dies on the job's next launch, after RunInstances but before recording it; a new one starts.</summary>
    RestartDaemonMidLaunch,

    /// <summary>The job's budget cut to what it has spent so far.</summary>
    CutBudget,

    /// <summary>The job's deadline pulled in so close that a spot relaunch is too risky, then an interruption.</summary>
    DeadlineAtRisk,
}

/// <summary>The plan-file spelling of each <see cref="DrillFaultKind"/>.</summary>
public static class DrillFaultKinds
{
    private static readonly Dictionary<string, DrillFaultKind> ByName = new(StringComparer.Ordinal)
    {
        ["interrupt"] = DrillFaultKind.InterruptWithNotice,
        ["kill"] = DrillFaultKind.KillWithoutNotice,
        ["rebalance_then_interrupt"] = DrillFaultKind.RebalanceThenInterrupt,
        ["drain_pool"] = DrillFaultKind.DrainCurrentPool,
        ["ec2_throttle"] = DrillFaultKind.Ec2Throttle,
        ["s3_errors"] = DrillFaultKind.S3Errors,
        ["price_above_ceiling"] = DrillFaultKind.PriceAboveCeiling,
        ["interrupt_during_upload"] = DrillFaultKind.InterruptDuringUpload,
        ["corrupt_latest"] = DrillFaultKind.CorruptLatest,
        ["restart_daemon"] = DrillFaultKind.RestartDaemon,
        ["restart_daemon_mid_launch"] = DrillFaultKind.RestartDaemonMidLaunch,
        ["cut_budget"] = DrillFaultKind.CutBudget,
        ["deadline_at_risk"] = DrillFaultKind.DeadlineAtRisk,
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryParse(string name, out DrillFaultKind kind) => ByName.TryGetValue(name, out kind);

    public static string NameOf(DrillFaultKind kind) => ByName.First(p => p.Value == kind).Key;

    /// <summary>True for the faults that end the attempt they hit, so the ledger must show one more attempt.</summary>
    public static bool EndsAttempt(DrillFaultKind kind) =>
        kind is DrillFaultKind.InterruptWithNotice or DrillFaultKind.KillWithoutNotice or DrillFaultKind.RebalanceThenInterrupt
            or DrillFaultKind.PriceAboveCeiling or DrillFaultKind.InterruptDuringUpload or DrillFaultKind.CorruptLatest
            or DrillFaultKind.DeadlineAtRisk;

    /// <summary>True for the faults that hit the cloud or the daemon as a whole, so they fire without a running attempt.</summary>
    public static bool HitsNoAttempt(DrillFaultKind kind) =>
        Lasts(kind) || kind is DrillFaultKind.RestartDaemonMidLaunch;

    /// <summary>True for the faults that stay on for <see cref="DrillFault.Duration"/> and are then lifted.</summary>
    public static bool Lasts(DrillFaultKind kind) => kind is DrillFaultKind.Ec2Throttle or DrillFaultKind.S3Errors;
}
