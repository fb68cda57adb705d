namespace Spot.LocalCloud.Market;

/// <summary>The replayed history of one pool: its spot price and its spot capacity over time.</summary>
public sealed record PoolTrace(PoolKey Key, StepSeries<decimal> Prices, StepSeries<int> Capacity);
