using Spot.Launcher.Cloud.Pricing;

namespace Spot.Launcher.Tests.Cloud.Pricing;

public class PriceRefreshOptionsTests
{
    [Fact]
    public void Validate_accepts_the_defaults()
    {
        Assert.Empty(new PriceRefreshOptions().Validate());
    }

    [Fact]
    public void Validate_names_every_field_out_of_range()
    {
        var options = new PriceRefreshOptions { Window = TimeSpan.FromMinutes(30), PageSize = 0, CallTimeout = TimeSpan.FromMinutes(6) };

        var errors = options.Validate();

        Assert.Collection(
            errors,
            e => Assert.StartsWith("Pricing:Window: 00:30:00 must be between", e, StringComparison.Ordinal),
            e => Assert.StartsWith("Pricing:PageSize: 0 must be between 1 and 1000", e, StringComparison.Ordinal),
            e => Assert.StartsWith("Pricing:CallTimeout: 00:06:00 must be between", e, StringComparison.Ordinal));
    }
}
