namespace Spot.Launcher.Cloud.Pricing;

/// <summary>How one region's refresh went. On failure the region's last good prices stay in force.</summary>
public sealed record RegionPriceRefresh(string Region, bool Succeeded, int Records, int Calls, string? Error);

/// <summary>The outcome of one refresh over every region.</summary>
public sealed record PriceRefresh(IReadOnlyList<RegionPriceRefresh> Regions, CurrentSpotPrices Prices)
{
    public bool AllSucceeded => Regions.All(r => r.Succeeded);

    public int Calls => Regions.Sum(r => r.Calls);
}
