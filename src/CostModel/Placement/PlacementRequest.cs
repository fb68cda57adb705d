using Spot.CostModel.Catalog;

namespace Spot.CostModel.Placement;

/// <summary>
/// What to place and under which limits. Empty lists mean "no restriction" (every catalog region, every zone of
/// the allowed regions, every type). Validate with <see cref="PlacementRequestValidator"/>; the ranker does.
/// </summary>
public sealed record PlacementRequest
{
    public ResourceRequirement Resources { get; init; } = new();

    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Zone names (us-east-1a) or zone IDs (use1-az1).</summary>
    public IReadOnlyList<string> Zones { get; init; } = [];

    public IReadOnlyList<string> AllowedTypes { get; init; } = [];

    public IReadOnlyList<string> ExcludedTypes { get; init; } = [];

    public IReadOnlyList<Market> Markets { get; init; } = [Market.Spot, Market.OnDemand];

    public BidCeiling Ceiling { get; init; } = BidCeiling.None;

    /// <summary>Remaining work, in hours of uninterrupted compute.</summary>
    public double WorkHours { get; init; } = PlacementDefaults.WorkHours;

    /// <summary>Measured time to write one checkpoint; feeds Young/Daly when no interval is given.</summary>
    public TimeSpan CheckpointCost { get; init; } = PlacementDefaults.CheckpointCost;

    /// <summary>A fixed checkpoint interval; null lets each spot pool use its Young/Daly optimum.</summary>
    public TimeSpan? CheckpointInterval { get; init; }

    public TimeSpan RestartOverhead { get; init; } = PlacementDefaults.RestartOverhead;
}
