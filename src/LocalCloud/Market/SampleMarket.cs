namespace Spot.LocalCloud.Market;

/// <summary>
/// The bundled sample market, generated rather than copied: for every catalog type in every zone, a week of hourly
/// spot prices that wander around the type's typical spot price and a spot capacity with occasional outages.
/// The same seed always gives the same market, so drills replay exactly.
/// </summary>
public static class SampleMarket
{
    public static readonly TimeSpan Length = TimeSpan.FromDays(7);
    private static readonly TimeSpan Step = TimeSpan.FromHours(1);

    public static IReadOnlyList<PoolTrace> Generate(InstanceTypeCatalog catalog, IEnumerable<string> zones, int seed) =>
        zones.SelectMany(zone => catalog.All.Select(type => Generate(type, zone, seed)))
            .OrderBy(t => t.Key.InstanceType, StringComparer.Ordinal)
            .ThenBy(t => t.Key.AvailabilityZone, StringComparer.Ordinal)
            .ToList();

    public static PoolTrace Generate(InstanceTypeInfo type, string zone, int seed)
    {
        var key = new PoolKey(type.Name, zone);
        var random = new Random(StableHash(key.ToString()) ^ seed);
        var onDemand = (double)type.OnDemandPricePerHour;
        var typical = onDemand * (1 - (double)type.TypicalSpotDiscount) * (0.9 + (0.25 * random.NextDouble()));
        var fullCapacity = type.VCpus <= 8 ? 12 : type.VCpus <= 48 ? 4 : 2;

        var prices = new List<(TimeSpan, decimal)>();
        var capacity = new List<(TimeSpan, int)>();
        var price = typical;
        var outageHoursLeft = 0;
        for (var hour = TimeSpan.Zero; hour < Length; hour += Step)
        {
            // Mean-reverting walk: drifts back towards the typical price, with noise of a few percent.
            price += (0.15 * (typical - price)) + (typical * 0.05 * ((random.NextDouble() * 2) - 1));
            price = Math.Clamp(price, onDemand * 0.2, onDemand * 0.95);
            prices.Add((hour, Math.Round((decimal)price, 4)));

            if (outageHoursLeft == 0 && random.NextDouble() < 0.03)
            {
                outageHoursLeft = random.Next(1, 7);
            }

            var available = outageHoursLeft > 0 ? 0 : random.Next((fullCapacity + 1) / 2, fullCapacity + 1);
            outageHoursLeft = Math.Max(0, outageHoursLeft - 1);
            capacity.Add((hour, available));
        }

        return new PoolTrace(key, new StepSeries<decimal>(prices, Length), new StepSeries<int>(capacity, Length));
    }

    /// <summary>FNV-1a: string.GetHashCode is randomised per process, and the market must not be.</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return unchecked((int)hash);
    }
}
