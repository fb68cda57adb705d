namespace Spot.Launcher.Cloud.Pricing;

/// <summary>Spot prices for placement: the bundled snapshot at start, replaced by scheduled refreshes.</summary>
public interface ISpotPriceProvider
{
    /// <summary>The prices in force now; never null, never blocks.</summary>
    CurrentSpotPrices Current { get; }

    /// <summary>Refreshes every region; a region that fails keeps its last good prices. Never throws for cloud errors.</summary>
    Task<PriceRefresh> RefreshAsync(CancellationToken cancellationToken);
}
