using Spot.CostModel.Catalog;
using Spot.CostModel.Pricing;

namespace Spot.CostModel.Tests.Pricing;

public class SpotPriceHistoryTests
{
    private static readonly DateTimeOffset T0 = new(2022, 5, 31, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FromRecords_keeps_only_linux_prices_and_groups_them_by_pool()
    {
        var history = SpotPriceHistory.FromRecords(
        [
            new SpotPriceRecord("us-east-1a", "g5.xlarge", "Linux/UNIX", 0.40m, T0),
            new SpotPriceRecord("us-east-1a", "g5.xlarge", "Windows", 0.90m, T0.AddMinutes(5)),
            new SpotPriceRecord("us-east-1b", "g5.xlarge", "Linux/UNIX", 0.45m, T0),
        ]);

        Assert.Equal([new PoolId("g5.xlarge", "us-east-1a"), new PoolId("g5.xlarge", "us-east-1b")], history.Pools);
        Assert.Equal(0.40m, history.PriceAt(new PoolId("g5.xlarge", "us-east-1a"), T0.AddHours(1)));
    }

    [Fact]
    public void FromRecords_turns_zone_ids_into_zone_names_and_sets_aside_unknown_zones()
    {
        var zones = InstanceCatalog.Bundled().Zones;
        var history = SpotPriceHistory.FromRecords(
        [
            new SpotPriceRecord("use1-az2", "g5.xlarge", "Linux/UNIX", 0.41m, T0),
            new SpotPriceRecord("euw3-az2", "g5.xlarge", "Linux/UNIX", 0.50m, T0),
        ], zones);

        Assert.Equal(0.41m, history.PriceAt(new PoolId("g5.xlarge", "us-east-1b"), T0));
        Assert.Equal("euw3-az2", Assert.Single(history.Skipped).AvailabilityZone);
    }

    [Fact]
    public void PriceAt_is_null_for_a_pool_without_history() =>
        Assert.Null(SpotPriceHistory.Empty.PriceAt(new PoolId("g5.xlarge", "us-east-1a"), T0));
}
