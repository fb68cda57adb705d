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
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryParse(string name, out DrillFaultKind kind) => ByName.TryGetValue(name, out kind);

    public static string NameOf(DrillFaultKind kind) => ByName.First(p => p.Value == kind).Key;

    /// <summary>True for the faults that end the attempt they hit, so the ledger must show one more attempt.</summary>
    public static bool EndsAttempt(DrillFaultKind kind) =>
        kind is DrillFaultKind.InterruptWithNotice or DrillFaultKind.KillWithoutNotice
            or DrillFaultKind.RebalanceThenInterrupt or DrillFaultKind.PriceAboveCeiling;

    /// <summary>True for the faults that stay on for <see cref="DrillFault.Duration"/> and are then lifted.</summary>
    public static bool Lasts(DrillFaultKind kind) => kind is DrillFaultKind.Ec2Throttle or DrillFaultKind.S3Errors;
}
