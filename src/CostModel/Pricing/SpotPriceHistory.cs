using Spot.CostModel.Catalog;

namespace Spot.CostModel.Pricing;

/// <summary>Spot price history of many pools, built from DescribeSpotPriceHistory-shaped records of one product.</summary>
public sealed class SpotPriceHistory
{
    private readonly Dictionary<PoolId, PoolPriceSeries> _series;

    private SpotPriceHistory(Dictionary<PoolId, PoolPriceSeries> series, IReadOnlyList<SpotPriceRecord> skipped)
    {
        _series = series;
        Skipped = skipped;
    }

    public static SpotPriceHistory Empty { get; } = new([], []);

    /// <summary>Pools with at least one price, ordered by type then zone.</summary>
    public IReadOnlyList<PoolId> Pools => _series.Keys
        .OrderBy(p => p.InstanceType, StringComparer.Ordinal)
        .ThenBy(p => p.AvailabilityZone, StringComparer.Ordinal)
        .ToList();

    /// <summary>Records of the right product whose zone the zone map could not resolve; kept so callers can report them.</summary>
    public IReadOnlyList<SpotPriceRecord> Skipped { get; }

    /// <summary>
    /// Keeps the records of <paramref name="productDescription"/> and groups them by pool. With a zone map, zone IDs
    /// (use1-az1) become zone names and records of unknown zones are skipped; without one, zones are taken as given.
    /// </summary>
    public static SpotPriceHistory FromRecords(
        IEnumerable<SpotPriceRecord> records,
        ZoneMap? zones = null,
        string productDescription = SpotPriceRecord.LinuxUnix)
    {
        var points = new Dictionary<PoolId, List<PricePoint>>();
        var skipped = new List<SpotPriceRecord>();
        foreach (var record in records.Where(r => string.Equals(r.ProductDescription, productDescription, StringComparison.Ordinal)))
        {
            var zone = zones is null ? record.AvailabilityZone : zones.ToZoneName(record.AvailabilityZone);
            if (zone is null)
            {
                skipped.Add(record);
                continue;
            }

            var pool = new PoolId(record.InstanceType, zone);
            if (!points.TryGetValue(pool, out var list))
            {
                points[pool] = list = [];
            }

            list.Add(new PricePoint(record.Timestamp, record.SpotPrice));
        }

        return new SpotPriceHistory(points.ToDictionary(p => p.Key, p => new PoolPriceSeries(p.Key, p.Value)), skipped);
    }

    public PoolPriceSeries? Series(PoolId pool) => _series.GetValueOrDefault(pool);

    /// <summary>The price in effect at <paramref name="at"/>, or null when the pool has no record at or before it.</summary>
    public decimal? PriceAt(PoolId pool, DateTimeOffset at) => Series(pool)?.PriceAt(at);

    public PriceWindowStats? Summarize(PoolId pool, DateTimeOffset from, DateTimeOffset to) => Series(pool)?.Summarize(from, to);
}
