using Spot.CostModel;
using Spot.CostModel.Catalog;
using Spot.CostModel.Pricing;

namespace Spot.Launcher.Cloud.Pricing;

/// <summary>Where the prices placement sees came from.</summary>
public enum PriceOrigin
{
    /// <summary>No refresh has succeeded yet: the catalog's bundled snapshot stands in.</summary>
    BundledSnapshot,

    /// <summary>At least one region was refreshed from DescribeSpotPriceHistory.</summary>
    Refreshed,
}

/// <summary>
/// The spot prices in force: the refreshed history, and the catalog's snapshot behind it for pools the history
/// lacks. Hand <see cref="History"/> to <c>OfferingRanker</c>, which falls back to the catalog snapshot on its own.
/// </summary>
public sealed record CurrentSpotPrices(
    SpotPriceHistory History,
    SpotPriceSnapshot Snapshot,
    PriceOrigin Origin,
    IReadOnlyDictionary<string, DateTimeOffset> RefreshedAt)
{
    public static CurrentSpotPrices FromSnapshot(InstanceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new(SpotPriceHistory.Empty, catalog.SpotPrices, PriceOrigin.BundledSnapshot, new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal));
    }

    /// <summary>The pool's price at <paramref name="at"/>: the history's, else the snapshot's, else null.</summary>
    public decimal? PriceAt(PoolId pool, DateTimeOffset at) => History.PriceAt(pool, at) ?? Snapshot.PriceOf(pool);
}
