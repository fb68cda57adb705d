namespace Spot.Launcher.Drills;

/// <summary>When a fault fires. With neither a step nor a delay it fires right after the fault before it.</summary>
/// <param name="AtStep">The running attempt has reached this global training step.</param>
/// <param name="RandomStep">The step is drawn from the drill's seed (between one checkpoint interval and three quarters of the job).</param>
/// <param name="After">This long after the job's first attempt started running (wall time).</param>
public sealed record DrillTrigger(long? AtStep, bool RandomStep, TimeSpan? After)
{
    public static DrillTrigger AfterPrevious { get; } = new(null, false, null);

    public override string ToString() =>
        RandomStep ? "at a random step" : AtStep is { } step ? $"at step {step}" : After is { } after ? $"{after.TotalSeconds:0} s after start" : "right after the previous fault";
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
