namespace Spot.CostModel.Placement;

/// <summary>Why an offering was left out of the ranking.</summary>
public enum ExclusionReason
{
    /// <summary>The caller excluded the type by name.</summary>
    TypeExcluded,

    /// <summary>The caller listed allowed types and this is not one.</summary>
    TypeNotAllowed,

    /// <summary>The type misses a resource requirement; the detail names it.</summary>
    DoesNotFit,

    /// <summary>The caller's regions leave this region out.</summary>
    RegionNotAllowed,

    /// <summary>The catalog has no on-demand price for the type in the region.</summary>
    NotOfferedInRegion,

    /// <summary>The caller's zones leave this zone out.</summary>
    ZoneNotAllowed,

    /// <summary>The caller did not allow this market.</summary>
    MarketNotAllowed,

    /// <summary>Neither the price history nor the snapshot has a spot price for the pool.</summary>
    NoSpotPrice,

    /// <summary>The current spot price is above the caller's ceiling.</summary>
    PriceAboveCeiling,

    /// <summary>No interruption rate is known for the pool.</summary>
    NoInterruptionRate,

    /// <summary>Interruptions cost more than the time between them: the expected run time is unbounded.</summary>
    ExpectedRunDiverges,

    /// <summary>The caller knows the pool has no capacity now (its launches keep being refused).</summary>
    NoCapacity,
}

/// <summary>
/// An offering left out, and why. Reasons about a whole type carry no region or zone; reasons about a region carry
/// no zone; market is null when the reason holds for both markets.
/// </summary>
public sealed record ExcludedOffering(
    string InstanceType,
    string? Region,
    string? AvailabilityZone,
    Market? Market,
    ExclusionReason Reason,
    string Detail);
