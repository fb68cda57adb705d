namespace Spot.CostModel.Catalog;

/// <summary>
/// One spot price per pool, taken at a single moment: the fallback when no live price history is at hand.
/// Like Karpenter's static prices, a refresh from DescribeSpotPriceHistory supersedes it.
/// </summary>
public sealed record SpotPriceSnapshot(DateTimeOffset AsOf, string Source, IReadOnlyDictionary<PoolId, decimal> Prices)
{
    public static SpotPriceSnapshot Empty { get; } =
        new(DateTimeOffset.UnixEpoch, "none", new Dictionary<PoolId, decimal>());

    public decimal? PriceOf(PoolId pool) => Prices.TryGetValue(pool, out var price) ? price : null;
}
