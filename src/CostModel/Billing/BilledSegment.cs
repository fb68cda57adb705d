namespace Spot.CostModel.Billing;

/// <summary>One price segment of an attempt as billed: the whole seconds it covered and what they cost.</summary>
public readonly record struct BilledSegment(DateTimeOffset From, long Seconds, decimal UsdPerHour)
{
    public decimal Usd => AwsBillingRules.Charge(Seconds, UsdPerHour);
}
