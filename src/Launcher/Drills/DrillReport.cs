namespace Spot.Launcher.Drills;

/// <summary>Every drill of one `spot drill` call, and the totals its JSON leads with.</summary>
public sealed record DrillReport(IReadOnlyList<DrillRunReport> Runs)
{
    /// <summary>Plans that were not run, each with its reason; empty on LocalCloud, where every plan runs.</summary>
    public IReadOnlyList<SkippedDrill> Skipped { get; init; } = [];

    public int Passed => Runs.Count(r => r.Passed);

    public int Failed => Runs.Count - Passed;

    public int LeftoverInstances => Runs.Sum(r => r.LeftoverInstances);

    /// <summary>True only when every run that should finish matched its reference run's weights.</summary>
    public bool WeightsIdentical => Runs.All(r => r.WeightsIdentical != false);
}
