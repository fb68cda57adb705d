namespace Spot.LocalCloud.Market;

/// <summary>A price change as DescribeSpotPriceHistory reports it.</summary>
public sealed record PricePoint(PoolKey Pool, decimal Price, DateTimeOffset Timestamp);

/// <summary>
/// The live market: pools replaying their traces against the market clock. Trace offset <see cref="ReplayStart"/>
/// is the market's start; nothing after "now" is ever revealed.
/// </summary>
public sealed class SpotMarket
{
    private readonly Dictionary<PoolKey, CapacityPool> _pools;

    public SpotMarket(IEnumerable<PoolTrace> traces, MarketClock clock, InstanceTypeCatalog catalog, TimeSpan replayStart, int onDemandCapacity)
    {
        Clock = clock;
        Catalog = catalog;
        ReplayStart = replayStart;
        _pools = traces.ToDictionary(t => t.Key, t => new CapacityPool(t.Key, t.Prices, t.Capacity, onDemandCapacity));
        Zones = _pools.Keys.Select(k => k.AvailabilityZone).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public MarketClock Clock { get; }

    public InstanceTypeCatalog Catalog { get; }

    public TimeSpan ReplayStart { get; }

    public IReadOnlyList<string> Zones { get; }

    public IEnumerable<CapacityPool> Pools => _pools.Values;

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>The market instant of trace offset 0.</summary>
    public DateTimeOffset TraceStart => Clock.Origin - ReplayStart;

    public CapacityPool? Find(PoolKey key) => _pools.GetValueOrDefault(key);

    public decimal PriceNow(CapacityPool pool) => pool.Prices.ValueAt(OffsetOf(Now));

    public int SpotCapacityNow(CapacityPool pool) => pool.SpotCapacity.ValueAt(OffsetOf(Now));

    public void PinPrice(CapacityPool pool, decimal? price) => pool.Prices.Pin(OffsetOf(Now), price);

    public void PinSpotCapacity(CapacityPool pool, int? capacity) => pool.SpotCapacity.Pin(OffsetOf(Now), capacity);

    /// <summary>Price changes of <paramref name="pool"/> in [from, to], clipped to the trace start and to now.</summary>
    public IEnumerable<PricePoint> History(CapacityPool pool, DateTimeOffset from, DateTimeOffset to)
    {
        var now = Now;
        if (to > now)
        {
            to = now;
        }

        if (from < TraceStart)
        {
            from = TraceStart;
        }

        return pool.Prices.Changes(OffsetOf(from), OffsetOf(to)).Select(c => new PricePoint(pool.Key, c.Value, TraceStart + c.Offset));
    }

    public TimeSpan OffsetOf(DateTimeOffset marketTime) => marketTime - TraceStart;
}
