using Spot.CostModel;
using Spot.Launcher.Cloud.Pricing;
using Spot.Launcher.Store;

namespace Spot.Launcher.Daemon;

/// <summary>The price an attempt pays now: its pool's spot price in effect, or the on-demand list price.</summary>
public sealed class PoolPrices(ISpotPriceProvider prices)
{
    public decimal? PriceOf(StoredAttempt attempt, DateTimeOffset at) => attempt.Market == Market.OnDemand
        ? attempt.OnDemandUsdPerHour
        : prices.Current.PriceAt(new PoolId(attempt.InstanceType, attempt.AvailabilityZone), at);
}
