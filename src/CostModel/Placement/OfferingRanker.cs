using Spot.CostModel.Catalog;
using Spot.CostModel.Pricing;

namespace Spot.CostModel.Placement;

/// <summary>
/// Ranks every feasible (type, zone, market) for a request by expected cost to finish its work, and lists every
/// offering left out with its reason. Pure: the caller passes "now", and the same inputs give the same order
/// (ties broken by type name, then zone name, then spot before on-demand).
/// </summary>
public sealed class OfferingRanker(InstanceCatalog catalog, IInterruptionRates rates, SpotPriceHistory? history = null)
{
    public PlacementResult Rank(PlacementRequest request, DateTimeOffset now)
    {
        PlacementRequestValidator.ThrowIfInvalid(request, catalog);
        var excluded = new List<ExcludedOffering>();
        var evaluator = new OfferingEvaluator(request, rates, history ?? SpotPriceHistory.Empty, catalog.SpotPrices, now);
        var ranked = new List<RankedOffering>();
        foreach (var candidate in OfferingScope.Enumerate(request, catalog, excluded))
        {
            var (offering, exclusion) = evaluator.Evaluate(candidate);
            if (offering is not null)
            {
                ranked.Add(offering);
            }

            if (exclusion is not null)
            {
                excluded.Add(exclusion);
            }
        }

        var ordered = ranked
            .OrderBy(o => o.ExpectedCostUsd)
            .ThenBy(o => o.Pool.InstanceType, StringComparer.Ordinal)
            .ThenBy(o => o.Pool.AvailabilityZone, StringComparer.Ordinal)
            .ThenBy(o => o.Market)
            .Select((o, i) => o with { Rank = i + 1 })
            .ToList();
        return new PlacementResult(now, ordered, excluded);
    }
}
