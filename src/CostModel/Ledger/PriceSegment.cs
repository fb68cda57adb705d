namespace Spot.CostModel.Ledger;

/// <summary>The hourly price in effect from <paramref name="From"/> until the next segment starts or the attempt
/// ends. Spot prices move while an instance runs, so one attempt carries one or more segments.</summary>
public readonly record struct PriceSegment(DateTimeOffset From, decimal UsdPerHour);
