namespace Spot.Launcher.Drills.LocalStack;

/// <summary>
/// Which faults the LocalStack harness can inject, and for the rest why not, so a plan is either run or reported
/// as skipped with a reason a reader can check against infra/localstack/README.md.
/// </summary>
public static class LocalStackPlans
{
    private static readonly Dictionary<DrillFaultKind, string> NotEmulated = new()
    {
        [DrillFaultKind.DrainCurrentPool] = "LocalStack's EC2 has no capacity pools (capacity is unlimited), so none can run dry",
        [DrillFaultKind.Ec2Throttle] = "LocalStack never answers RequestLimitExceeded, and the harness has no hook in its EC2 to make it",
        [DrillFaultKind.S3Errors] = "the harness has no hook in LocalStack's S3 to fail a share of requests",
        [DrillFaultKind.PriceAboveCeiling] = "LocalStack's spot price is a fixed 0.00001 and its mock ignores MaxPrice",
        [DrillFaultKind.InterruptDuringUpload] = "holding a checkpoint upload mid-request needs LocalCloud's S3 upload hold",
        [DrillFaultKind.CorruptLatest] = "the relaunch must wait until latest is corrupted, and only the LocalCloud session holds launches",
        [DrillFaultKind.RestartDaemonMidLaunch] = "killing the daemon inside a launch needs the LocalCloud session's launch interceptor",
        [DrillFaultKind.CutBudget] = "a budget cut changes only the daemon's store, so LocalStack would add nothing the LocalCloud drill does not prove",
        [DrillFaultKind.DeadlineAtRisk] = "LocalStack has no spot capacity to take away, so spot never becomes unavailable",
    };

    public static bool IsEmulated(DrillFaultKind kind) => !NotEmulated.ContainsKey(kind);

    /// <summary>Why the fault is not injected on LocalStack; null when it is.</summary>
    public static string? SkipReasonFor(DrillFaultKind kind) =>
        NotEmulated.TryGetValue(kind, out var why) ? $"not emulated on LocalStack: {DrillFaultKinds.NameOf(kind)}: {why}" : null;

    /// <summary>Why the plan is not run on LocalStack (its first fault that is not emulated); null when every fault is.</summary>
    public static string? SkipReasonFor(DrillPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Faults.Select(f => SkipReasonFor(f.Kind)).FirstOrDefault(r => r is not null);
    }

    /// <summary>The built-in plans whose every fault LocalStack can take, in the built-in order.</summary>
    public static IReadOnlyList<string> EmulatedBuiltIns =>
        [.. BuiltInDrillPlans.Names.Where(name => SkipReasonFor(BuiltInDrillPlans.Get(name)) is null)];
}
