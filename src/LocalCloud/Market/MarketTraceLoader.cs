using Spot.LocalCloud.Hosting;

namespace Spot.LocalCloud.Market;

/// <summary>
/// Builds the pools to replay: the sample market when no trace is given, otherwise the pools of the price history
/// file and of the availability traces. A traced pool without prices takes the sample market's prices for it.
/// </summary>
public static class MarketTraceLoader
{
    /// <summary>Price history rows whose type LocalCloud does not sell are dropped; <paramref name="skippedTypes"/> names them.</summary>
    public static IReadOnlyList<PoolTrace> Load(LocalCloudOptions options, InstanceTypeCatalog catalog, out IReadOnlyCollection<string> skippedTypes)
    {
        skippedTypes = [];
        if (options.PriceHistoryPath is null && options.AvailabilityTraces.Count == 0)
        {
            return SampleMarket.Generate(catalog, options.AvailabilityZones, options.Seed);
        }

        var priced = new Dictionary<PoolKey, StepSeries<decimal>>();
        if (options.PriceHistoryPath is not null)
        {
            priced = PricesFromHistory(PriceHistoryReader.Read(options.PriceHistoryPath), catalog, out skippedTypes);
        }

        var traces = new Dictionary<PoolKey, PoolTrace>();
        foreach (var (key, prices) in priced)
        {
            traces[key] = new PoolTrace(key, prices, new StepSeries<int>([(TimeSpan.Zero, options.PriceHistoryPoolCapacity)], prices.Period));
        }

        foreach (var source in options.AvailabilityTraces)
        {
            var type = catalog.Find(source.InstanceType)
                ?? throw new InvalidDataException($"Availability trace '{source.Path}': instance type '{source.InstanceType}' is not in LocalCloud's catalog.");
            var key = new PoolKey(type.Name, source.AvailabilityZone);
            var trace = AvailabilityTraceReader.Read(source.Path, source.UnitCapacity);
            var prices = trace.Prices ?? priced.GetValueOrDefault(key) ?? SampleMarket.Generate(type, key.AvailabilityZone, options.Seed).Prices;
            traces[key] = new PoolTrace(key, prices, trace.Capacity);
        }

        return traces.Values.OrderBy(t => t.Key.InstanceType, StringComparer.Ordinal).ThenBy(t => t.Key.AvailabilityZone, StringComparer.Ordinal).ToList();
    }

    private static Dictionary<PoolKey, StepSeries<decimal>> PricesFromHistory(
        IReadOnlyList<PriceRecord> records, InstanceTypeCatalog catalog, out IReadOnlyCollection<string> skippedTypes)
    {
        var linux = records.Where(r => r.ProductDescription.StartsWith("Linux/UNIX", StringComparison.Ordinal)).ToList();
        if (linux.Count == 0)
        {
            throw new InvalidDataException("The price history holds no Linux/UNIX rows.");
        }

        skippedTypes = linux.Select(r => r.Pool.InstanceType).Where(t => catalog.Find(t) is null).ToHashSet();
        var origin = linux.Min(r => r.Timestamp);
        var period = linux.Max(r => r.Timestamp) - origin + TimeSpan.FromHours(1);
        return linux.Where(r => catalog.Find(r.Pool.InstanceType) is not null)
            .GroupBy(r => r.Pool)
            .ToDictionary(g => g.Key, g =>
            {
                // Every pool starts at the file's origin with its first known price, so all pools share one timeline.
                var points = g.GroupBy(r => r.Timestamp - origin).Select(p => (p.Key, p.Last().Price)).OrderBy(p => p.Key).ToList();
                if (points[0].Key != TimeSpan.Zero)
                {
                    points.Insert(0, (TimeSpan.Zero, points[0].Price));
                }

                return new StepSeries<decimal>(points, period);
            });
    }
}
