namespace Spot.Launcher.Drills;

/// <summary>When a fault fires. With neither a step nor a delay it fires right after the fault before it.</summary>
/// <param name="AtStep">The running attempt has reached this global training step.</param>
/// <param name="RandomStep">The step is drawn from the drill's seed (between one checkpoint interval and three quarters of the job).</param>
/// <param name="After">This long after the job's first attempt started running (wall time).</param>
/// <param name="AtFraction">The running attempt has reached this share of the job's steps (plan files write 30%), so
/// one plan fits jobs of any length.</param>
public sealed record DrillTrigger(long? AtStep, bool RandomStep, TimeSpan? After, double? AtFraction = null)
{
    public static DrillTrigger AfterPrevious { get; } = new(null, false, null);

    /// <summary>The step this trigger waits for in a job of <paramref name="totalSteps"/>; null when it waits for no step.</summary>
    public long? StepIn(long totalSteps, Random random) =>
        RandomStep ? RandomStepIn(totalSteps, random)
        : AtFraction is { } share ? (long)Math.Round(share * totalSteps)
        : AtStep;

    public override string ToString() =>
        RandomStep ? "at a random step"
        : AtStep is { } step ? $"at step {step}"
        : AtFraction is { } share ? $"at {share:P0} of the steps"
        : After is { } after ? $"{after.TotalSeconds:0} s after start"
        : "right after the previous fault";

    /// <summary>A step between a twelfth and two thirds of the job, so there is work both before and after it.</summary>
    private static long RandomStepIn(long totalSteps, Random random) =>
        random.NextInt64(Math.Max(1, totalSteps / 12), Math.Max(2, totalSteps * 2 / 3));
}

/// <summary>One fault of a drill plan.</summary>
/// <param name="Share">For throttling and S3 errors: the share of calls that fail, above 0 and at most 1.</param>
/// <param name="Duration">For throttling and S3 errors: how long the fault stays on.</param>
/// <param name="StatusCode">For S3 errors: 500 or 503.</param>
public sealed record DrillFault(DrillFaultKind Kind, DrillTrigger Trigger, double Share = 0, TimeSpan Duration = default, int StatusCode = 503)
{
    public string Name => DrillFaultKinds.NameOf(Kind);

    public override string ToString() => DrillFaultKinds.Lasts(Kind)
        ? $"{Name} {Share:P0} for {Duration.TotalSeconds:0} s {Trigger}"
        : $"{Name} {Trigger}";
}
