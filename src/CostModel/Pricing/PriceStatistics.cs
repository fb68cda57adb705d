namespace Spot.CostModel.Pricing;

/// <summary>Time-weighted statistics over contiguous price segments.</summary>
internal static class PriceStatistics
{
    public static PriceWindowStats Compute(IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End, decimal Price)> segments, DateTimeOffset to)
    {
        var total = 0m;
        var weighted = 0m;
        var changes = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var hours = (decimal)(segments[i].End - segments[i].Start).Ticks / TimeSpan.TicksPerHour;
            total += hours;
            weighted += hours * segments[i].Price;
            if (i > 0 && segments[i].Price != segments[i - 1].Price)
            {
                changes++;
            }
        }

        return new PriceWindowStats(
            CoveredFrom: segments[0].Start,
            To: to,
            Min: segments.Min(s => s.Price),
            Max: segments.Max(s => s.Price),
            TimeWeightedMean: weighted / total,
            P50: Percentile(segments, total, 0.50m),
            P90: Percentile(segments, total, 0.90m),
            Changes: changes);
    }

    /// <summary>The lowest price at or below which the pool spent the share <paramref name="q"/> of the covered time.</summary>
    private static decimal Percentile(IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End, decimal Price)> segments, decimal total, decimal q)
    {
        var byPrice = segments
            .GroupBy(s => s.Price)
            .Select(g => (Price: g.Key, Hours: g.Sum(s => (decimal)(s.End - s.Start).Ticks / TimeSpan.TicksPerHour)))
            .OrderBy(g => g.Price);
        var cumulative = 0m;
        var last = 0m;
        foreach (var (price, hours) in byPrice)
        {
            cumulative += hours;
            last = price;
            if (cumulative >= q * total)
            {
                return price;
            }
        }

        return last;
    }
}
