using Spot.CostModel.Catalog;

namespace Spot.CostModel.Placement;

/// <summary>A (type, zone, market) that passed every scope filter and now needs a price and a risk.</summary>
internal readonly record struct OfferingCandidate(InstanceTypeInfo Type, ZoneInfo Zone, Market Market, decimal OnDemandUsdPerHour)
{
    public PoolId Pool => new(Type.Name, Zone.ZoneName);

    public ExcludedOffering Exclude(ExclusionReason reason, string detail) =>
        new(Type.Name, Zone.Region, Zone.ZoneName, Market, reason, detail);
}
