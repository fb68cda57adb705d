using System.Globalization;
using Spot.CostModel;
using Spot.CostModel.Placement;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>A ranked offering turned into what a launch call needs: the pool, its rank and the MaxPrice to send.</summary>
public sealed record PoolChoice(LaunchPool Pool, int Rank, decimal? MaxPriceUsdPerHour)
{
    /// <summary>Spot offerings carry the job's ceiling for that type; on-demand has a list price and no bid.</summary>
    public static PoolChoice From(RankedOffering offering, BidCeiling ceiling)
    {
        ArgumentNullException.ThrowIfNull(offering);
        ArgumentNullException.ThrowIfNull(ceiling);
        var maxPrice = offering.Market == Market.Spot ? ceiling.For(offering.OnDemandUsdPerHour) : null;
        return new PoolChoice(new LaunchPool(offering.Pool, offering.Market), offering.Rank, maxPrice);
    }

    /// <summary>MaxPrice as EC2 reads it (invariant decimal, $/h); null when AWS's default, the on-demand price, applies.</summary>
    public string? MaxPriceText => MaxPriceUsdPerHour?.ToString("0.######", CultureInfo.InvariantCulture);
}
