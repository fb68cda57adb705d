using System.Globalization;
using Spot.CostModel.Placement;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// The most the job pays per instance-hour on spot: either an absolute $/h or a fraction of the chosen type's
/// on-demand price. It becomes the launch's MaxPrice, so AWS itself refuses a price above it.
/// </summary>
public sealed record BidCeilingSpec(decimal? UsdPerHour, decimal? FractionOfOnDemand)
{
    public static BidCeilingSpec Absolute(decimal usdPerHour) => new(usdPerHour, null);

    public static BidCeilingSpec Fraction(decimal fractionOfOnDemand) => new(null, fractionOfOnDemand);

    public BidCeiling ToBidCeiling() => new(UsdPerHour, FractionOfOnDemand);

    /// <summary>The ceiling in $/h for a type with this on-demand price.</summary>
    public decimal MaxPriceFor(decimal onDemandUsdPerHour)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(onDemandUsdPerHour);
        return ToBidCeiling().For(onDemandUsdPerHour)
            ?? throw new InvalidOperationException("a bid ceiling sets either usd_per_hour or fraction_of_on_demand");
    }

    /// <summary>
    /// The MaxPrice text for a launch request, to six decimals as AWS writes spot prices. It is rounded down, so the
    /// price AWS may charge never exceeds what the spec allows.
    /// </summary>
    public string MaxPriceText(decimal onDemandUsdPerHour)
    {
        var exact = MaxPriceFor(onDemandUsdPerHour);
        var down = decimal.Floor(exact * 1_000_000m) / 1_000_000m;
        return down.ToString("0.000000", CultureInfo.InvariantCulture);
    }
}
