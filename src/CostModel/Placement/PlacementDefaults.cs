namespace Spot.CostModel.Placement;

/// <summary>Defaults a request starts with; each can be set on <see cref="PlacementRequest"/>.</summary>
public static class PlacementDefaults
{
    /// <summary>One hour of work: enough to compare pools when the caller only wants prices.</summary>
    public const double WorkHours = 1;

    /// <summary>Writing a checkpoint of a mid-sized model to S3 takes on the order of a minute.</summary>
    public static readonly TimeSpan CheckpointCost = TimeSpan.FromSeconds(60);

    /// <summary>Relaunch, boot, bootstrap and restore from the latest checkpoint after an interruption.</summary>
    public static readonly TimeSpan RestartOverhead = TimeSpan.FromMinutes(5);
}
