namespace Spot.CostModel.Placement;

/// <summary>
/// The most a caller will pay for spot capacity, as an absolute $/h, a fraction of the type's on-demand price, or
/// both (the lower wins). It bounds spot offerings only: on-demand has a list price, not a bid.
/// </summary>
public sealed record BidCeiling(decimal? AbsoluteUsdPerHour = null, decimal? FractionOfOnDemand = null)
{
    public static BidCeiling None { get; } = new();

    public bool IsSet => AbsoluteUsdPerHour is not null || FractionOfOnDemand is not null;

    /// <summary>The ceiling for a type with this on-demand price; null when no ceiling is set.</summary>
    public decimal? For(decimal onDemandUsdPerHour)
    {
        var fromFraction = FractionOfOnDemand * onDemandUsdPerHour;
        return (AbsoluteUsdPerHour, fromFraction) switch
        {
            ({ } a, { } f) => Math.Min(a, f),
            ({ } a, null) => a,
            (null, { } f) => f,
            _ => null,
        };
    }

    /// <summary>Says which limit binds, e.g. "0.3 × on-demand $1.0060/h = $0.3018/h".</summary>
    public string Describe(decimal onDemandUsdPerHour)
    {
        var fromFraction = FractionOfOnDemand * onDemandUsdPerHour;
        if (fromFraction is { } f && (AbsoluteUsdPerHour is null || f <= AbsoluteUsdPerHour))
        {
            return $"{FractionOfOnDemand} × on-demand ${onDemandUsdPerHour:0.0000}/h = ${f:0.0000}/h";
        }

        return AbsoluteUsdPerHour is { } a ? $"absolute ${a:0.0000}/h" : "none";
    }
}
