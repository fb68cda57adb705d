namespace Spot.LocalCloud.Market;

/// <summary>One (type, AZ) pool: a spot price and a spot capacity that follow the trace unless pinned.</summary>
public sealed class CapacityPool(PoolKey key, StepSeries<decimal> prices, StepSeries<int> spotCapacity, int onDemandCapacity)
{
    public PoolKey Key { get; } = key;

    public PinnedSeries<decimal> Prices { get; } = new(prices);

    public PinnedSeries<int> SpotCapacity { get; } = new(spotCapacity);

    /// <summary>On-demand capacity is not traced: it is a fixed ceiling per pool.</summary>
    public int OnDemandCapacity { get; } = onDemandCapacity;
}
