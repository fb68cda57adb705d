using Spot.LocalCloud.Hosting;
using Spot.LocalCloud.Instances;

namespace Spot.LocalCloud.Admin;

/// <summary>Builds the market snapshot the admin API hands out.</summary>
public static class AdminSnapshots
{
    public static MarketSnapshot Market(LocalCloudRegion region)
    {
        var market = region.Market;
        lock (region.Store.Sync)
        {
            var pools = market.Pools.OrderBy(p => p.Key.InstanceType, StringComparer.Ordinal).ThenBy(p => p.Key.AvailabilityZone, StringComparer.Ordinal)
                .Select(p => new PoolSnapshot(p.Key.InstanceType, p.Key.AvailabilityZone, market.PriceNow(p), market.SpotCapacityNow(p),
                    region.Store.Holding(p.Key, spot: true).Count(), region.Store.Holding(p.Key, spot: false).Count()))
                .ToList();
            var instances = region.Store.All()
                .Select(i => new InstanceSnapshot(i.Id, InstanceStateNames.Of(i.State), i.IsSpot, i.ImdsEndpoint?.ToString(), i.ProcessId, i.WorkingDirectory, i.InterruptionTime))
                .ToList();
            return new MarketSnapshot(market.Now, region.Clock.Speed, pools, instances);
        }
    }
}
