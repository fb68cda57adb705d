using Spot.CostModel.Pricing;

namespace Spot.CostModel.Placement;

/// <summary>Where the price of an offering came from.</summary>
public enum PriceSource
{
    /// <summary>The latest spot price history record at or before "now".</summary>
    History,

    /// <summary>The catalog's spot price snapshot.</summary>
    Snapshot,

    /// <summary>The catalog's on-demand price.</summary>
    OnDemandList,
}

/// <summary>
/// One feasible offering with its expected cost to finish the work. Savings compare with running the same type
/// on-demand for the bare work (no interruptions, no checkpoint overhead).
/// </summary>
public sealed record RankedOffering(
    int Rank,
    PoolId Pool,
    string Region,
    Market Market,
    decimal PriceUsdPerHour,
    PriceSource PriceSource,
    decimal OnDemandUsdPerHour,
    InterruptionRate Interruption,
    ExpectedRun Run,
    decimal ExpectedCostUsd,
    decimal OnDemandCostUsd)
{
    public double ExpectedHours => Run.WallHours;

    public TimeSpan? CheckpointInterval => Run.CheckpointIntervalHours is { } h ? TimeSpan.FromHours(h) : null;

    public decimal SavingsUsd => OnDemandCostUsd - ExpectedCostUsd;

    /// <summary>Savings as a percentage of the on-demand cost; negative when the offering costs more.</summary>
    public decimal SavingsPercent => OnDemandCostUsd == 0 ? 0 : SavingsUsd / OnDemandCostUsd * 100;
}

/// <summary>The ranked offerings, cheapest expected cost first, and every offering left out with its reason.</summary>
public sealed record PlacementResult(
    DateTimeOffset Now,
    IReadOnlyList<RankedOffering> Offerings,
    IReadOnlyList<ExcludedOffering> Excluded);
