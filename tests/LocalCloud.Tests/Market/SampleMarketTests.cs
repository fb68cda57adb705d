using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Tests.Market;

public sealed class SampleMarketTests
{
    private static readonly string[] Zones = ["us-east-1a", "us-east-1b", "us-east-1c"];

    [Fact]
    public void SampleMarket_is_the_same_for_the_same_seed_and_differs_for_another()
    {
        var first = SampleMarket.Generate(InstanceTypeCatalog.Default, Zones, seed: 1);
        var again = SampleMarket.Generate(InstanceTypeCatalog.Default, Zones, seed: 1);
        var other = SampleMarket.Generate(InstanceTypeCatalog.Default, Zones, seed: 2);

        var at = TimeSpan.FromHours(30);
        Assert.Equal(first.Select(t => t.Prices.ValueAt(at)), again.Select(t => t.Prices.ValueAt(at)));
        Assert.NotEqual(first.Select(t => t.Prices.ValueAt(at)), other.Select(t => t.Prices.ValueAt(at)));
    }

    [Fact]
    public void SampleMarket_covers_every_type_in_every_zone_with_spot_prices_below_on_demand_and_some_outages()
    {
        var traces = SampleMarket.Generate(InstanceTypeCatalog.Default, Zones, seed: 1);
        var hours = Enumerable.Range(0, 168).Select(h => TimeSpan.FromHours(h)).ToList();

        Assert.Equal(InstanceTypeCatalog.Default.All.Count * Zones.Length, traces.Count);
        Assert.All(traces, t =>
        {
            var onDemand = InstanceTypeCatalog.Default.Find(t.Key.InstanceType)!.OnDemandPricePerHour;
            Assert.All(hours, h => Assert.InRange(t.Prices.ValueAt(h), onDemand * 0.2m, onDemand * 0.95m));
        });
        Assert.Contains(traces, t => hours.Any(h => t.Capacity.ValueAt(h) == 0));
        Assert.All(traces, t => Assert.True(hours.Count(h => t.Capacity.ValueAt(h) > 0) > 100, $"{t.Key} is mostly available"));
    }

    [Theory]
    [InlineData("us-east-1a", "use1-az1")]
    [InlineData("us-west-2c", "usw2-az3")]
    [InlineData("eu-central-1b", "euc1-az2")]
    public void Zone_ids_follow_the_region_initials_and_zone_letter(string zone, string id)
    {
        Assert.Equal(id, AvailabilityZones.IdOf(zone));
    }
}
