using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Tests.Jobs.Spec;

public class BidCeilingSpecTests
{
    [Theory]
    [InlineData(0.7, 0.34, "0.238000")]
    [InlineData(0.3, 1.006, "0.301800")]
    // 0.3333 × 0.526 = 0.1753158: rounded down, never up, so AWS cannot charge above the ceiling.
    [InlineData(0.3333, 0.526, "0.175315")]
    public void MaxPriceText_is_the_fraction_of_on_demand_rounded_down_to_six_decimals(double fraction, double onDemand, string expected)
    {
        Assert.Equal(expected, BidCeilingSpec.Fraction((decimal)fraction).MaxPriceText((decimal)onDemand));
    }

    [Fact]
    public void MaxPriceFor_an_absolute_ceiling_ignores_the_on_demand_price()
    {
        var ceiling = BidCeilingSpec.Absolute(0.5m);

        Assert.Equal(0.5m, ceiling.MaxPriceFor(3.06m));
        Assert.Equal("0.500000", ceiling.MaxPriceText(0.085m));
    }

    [Fact]
    public void MaxPriceFor_rejects_an_on_demand_price_that_is_not_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BidCeilingSpec.Fraction(0.5m).MaxPriceFor(0));
    }
}
