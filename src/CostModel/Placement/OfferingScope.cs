using Spot.CostModel.Catalog;

namespace Spot.CostModel.Placement;

/// <summary>
/// Walks the catalog type by type, region by region, zone by zone and market by market, in name order, and yields
/// the offerings the request allows. Each filter that rejects something records it at the coarsest level that
/// explains it (a type that does not fit is one entry, not one per zone).
/// </summary>
internal static class OfferingScope
{
    private static readonly Market[] MarketOrder = [Market.Spot, Market.OnDemand];

    public static List<OfferingCandidate> Enumerate(PlacementRequest request, InstanceCatalog catalog, List<ExcludedOffering> excluded)
    {
        var candidates = new List<OfferingCandidate>();
        foreach (var type in catalog.Types)
        {
            if (TypeExclusion(request, type) is { } reason)
            {
                excluded.Add(reason);
                continue;
            }

            foreach (var region in catalog.Regions)
            {
                AddRegion(request, catalog, type, region, candidates, excluded);
            }
        }

        return candidates;
    }

    private static ExcludedOffering? TypeExclusion(PlacementRequest request, InstanceTypeInfo type)
    {
        if (request.ExcludedTypes.Contains(type.Name, StringComparer.Ordinal))
        {
            return new(type.Name, null, null, null, ExclusionReason.TypeExcluded, "excluded by the request");
        }

        if (request.AllowedTypes.Count > 0 && !request.AllowedTypes.Contains(type.Name, StringComparer.Ordinal))
        {
            return new(type.Name, null, null, null, ExclusionReason.TypeNotAllowed, "not among the allowed types");
        }

        var unmet = request.Resources.UnmetBy(type);
        return unmet.Count > 0
            ? new(type.Name, null, null, null, ExclusionReason.DoesNotFit, string.Join("; ", unmet))
            : null;
    }

    private static void AddRegion(
        PlacementRequest request, InstanceCatalog catalog, InstanceTypeInfo type, string region,
        List<OfferingCandidate> candidates, List<ExcludedOffering> excluded)
    {
        if (request.Regions.Count > 0 && !request.Regions.Contains(region, StringComparer.Ordinal))
        {
            excluded.Add(new(type.Name, region, null, null, ExclusionReason.RegionNotAllowed, "region not among the requested regions"));
            return;
        }

        if (type.OnDemandPrice(region) is not { } onDemand)
        {
            excluded.Add(new(type.Name, region, null, null, ExclusionReason.NotOfferedInRegion, "the catalog has no price for the type in this region"));
            return;
        }

        var allowedZones = request.Zones.Select(z => catalog.Zones.ToZoneName(z)).ToHashSet(StringComparer.Ordinal);
        foreach (var zone in catalog.Zones.ZonesIn(region))
        {
            if (allowedZones.Count > 0 && !allowedZones.Contains(zone.ZoneName))
            {
                excluded.Add(new(type.Name, region, zone.ZoneName, null, ExclusionReason.ZoneNotAllowed, "zone not among the requested zones"));
                continue;
            }

            foreach (var market in MarketOrder)
            {
                var candidate = new OfferingCandidate(type, zone, market, onDemand);
                if (request.Markets.Contains(market))
                {
                    candidates.Add(candidate);
                }
                else
                {
                    excluded.Add(candidate.Exclude(ExclusionReason.MarketNotAllowed, "market not allowed by the request"));
                }
            }
        }
    }
}
