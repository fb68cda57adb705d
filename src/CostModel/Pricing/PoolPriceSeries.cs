namespace Spot.CostModel.Pricing;

/// <summary>The spot price of one pool over time, as a step function: a price holds until the next record.</summary>
public sealed class PoolPriceSeries
{
    private readonly PricePoint[] _points;

    /// <summary>
    /// Orders the points by time. Where two share a timestamp the higher price is taken as the later one, so the
    /// model errs towards the dearer reading rather than depending on input order.
    /// </summary>
    public PoolPriceSeries(PoolId pool, IEnumerable<PricePoint> points)
    {
        Pool = pool;
        _points = points.OrderBy(p => p.Timestamp).ThenBy(p => p.UsdPerHour).ToArray();
        if (_points.Length == 0)
        {
            throw new ArgumentException($"Pool {pool} has no price points.", nameof(points));
        }
    }

    public PoolId Pool { get; }

    public IReadOnlyList<PricePoint> Points => _points;

    /// <summary>The price of the latest record at or before <paramref name="at"/>; null before the first record.</summary>
    public decimal? PriceAt(DateTimeOffset at)
    {
        var index = LastIndexAtOrBefore(at);
        return index < 0 ? null : _points[index].UsdPerHour;
    }

    /// <summary>Statistics over [from, to); null when no price is known anywhere in the window.</summary>
    public PriceWindowStats? Summarize(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            throw new ArgumentException($"The window must end after it starts (from {from:O}, to {to:O}).", nameof(to));
        }

        var segments = SegmentsWithin(from, to);
        return segments.Count == 0 ? null : PriceStatistics.Compute(segments, to);
    }

    private List<(DateTimeOffset Start, DateTimeOffset End, decimal Price)> SegmentsWithin(DateTimeOffset from, DateTimeOffset to)
    {
        var segments = new List<(DateTimeOffset, DateTimeOffset, decimal)>();
        var first = Math.Max(LastIndexAtOrBefore(from), 0);
        for (var i = first; i < _points.Length && _points[i].Timestamp < to; i++)
        {
            var start = _points[i].Timestamp < from ? from : _points[i].Timestamp;
            var end = i + 1 < _points.Length && _points[i + 1].Timestamp < to ? _points[i + 1].Timestamp : to;
            if (end > start)
            {
                segments.Add((start, end, _points[i].UsdPerHour));
            }
        }

        return segments;
    }

    private int LastIndexAtOrBefore(DateTimeOffset at)
    {
        int low = 0, high = _points.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_points[middle].Timestamp <= at)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
