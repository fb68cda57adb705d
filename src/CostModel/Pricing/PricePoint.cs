namespace Spot.CostModel.Pricing;

/// <summary>A price that took effect at a moment and held until the next point.</summary>
public readonly record struct PricePoint(DateTimeOffset Timestamp, decimal UsdPerHour);
