using Spot.LocalCloud.Instances;
using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Ec2.Actions;

/// <summary>Orders a fleet's pools by its allocation strategy, from the prices and free capacity of this moment.</summary>
public static class FleetRanking
{
    public static List<FleetCandidate> Rank(List<FleetCandidate> candidates, string strategy, SpotMarket market, InstanceLauncher launcher, InstanceStore store, int target)
    {
        List<(FleetCandidate Candidate, decimal Price, int Free)> known;
        lock (store.Sync)
        {
            known = candidates.Select(c => market.Find(c.Pool) is { } pool
                    ? (c, c.Spot ? market.PriceNow(pool) : market.Catalog.Find(c.Pool.InstanceType)!.OnDemandPricePerHour, launcher.Free(pool, c.Spot))
                    : (c, decimal.MaxValue, 0))
                .ToList();
        }

        var ordered = strategy switch
        {
            "capacity-optimized" => known.OrderByDescending(k => k.Free).ThenBy(k => k.Price),
            "capacity-optimized-prioritized" or "prioritized" => known.OrderBy(k => k.Candidate.Priority).ThenBy(k => k.Price),
            // Cheap pools that can take the whole target first, then the rest by how much room they have.
            "price-capacity-optimized" => known.OrderByDescending(k => k.Free >= target).ThenBy(k => k.Free >= target ? k.Price : -k.Free),
            _ => known.OrderBy(k => k.Price),
        };
        return ordered.ThenBy(k => k.Candidate.Pool.AvailabilityZone, StringComparer.Ordinal).Select(k => k.Candidate).ToList();
    }
}
