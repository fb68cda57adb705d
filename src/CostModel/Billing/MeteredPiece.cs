namespace Spot.CostModel.Billing;

/// <summary>A stretch of running time at one hourly price.</summary>
public readonly record struct MeteredPiece(decimal Seconds, decimal UsdPerHour)
{
    public decimal Usd => AwsBillingRules.Charge(Seconds, UsdPerHour);
}
