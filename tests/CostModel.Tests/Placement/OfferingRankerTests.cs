using Spot.CostModel.Catalog;
using Spot.CostModel.Placement;
using Spot.CostModel.Pricing;

namespace Spot.CostModel.Tests.Placement;

public class OfferingRankerTests
{
    [Fact]
    public void Rank_puts_a_pricier_steady_pool_ahead_of_the_cheapest_pool_that_is_often_interrupted()
    {
        var result = PlacementFixture.Rank(PlacementFixture.GpuJob());

        // Steady: T = 10.1 / (1 − 0.01 × 0.75) = 10.176322 h × $0.36 = $3.663476.
        // Cheap:  T = 10.1 / (1 − 0.5 × 0.75) = 16.16 h × $0.30 = $4.848.
        // On-demand: 10 h × $1.006 = $10.06 in each zone.
        Assert.Equal(
            [(PlacementFixture.Steady, Market.Spot), (PlacementFixture.Cheap, Market.Spot), (PlacementFixture.Cheap, Market.OnDemand), (PlacementFixture.Steady, Market.OnDemand)],
            result.Offerings.Select(o => (o.Pool, o.Market)));
        var steady = result.Offerings[0];
        Assert.Equal(1, steady.Rank);
        Assert.Equal(3.6635m, Math.Round(steady.ExpectedCostUsd, 4));
        Assert.Equal(4.848m, Math.Round(result.Offerings[1].ExpectedCostUsd, 4));
        Assert.Equal(10.06m, result.Offerings[2].ExpectedCostUsd);
        Assert.Equal(6.3965m, Math.Round(steady.SavingsUsd, 4));
        Assert.Equal(63.58m, Math.Round(steady.SavingsPercent, 2));
        Assert.Equal(0.36m, steady.PriceUsdPerHour);
        Assert.Equal(1.006m, steady.OnDemandUsdPerHour);
        Assert.Equal(100, steady.Interruption.MtbfHours, 1e-9);
        Assert.Equal(TimeSpan.FromHours(1), steady.CheckpointInterval);
    }

    [Fact]
    public void Rank_leaves_out_spot_above_an_absolute_ceiling_and_says_why()
    {
        var result = PlacementFixture.Rank(PlacementFixture.GpuJob() with { Ceiling = new BidCeiling(AbsoluteUsdPerHour: 0.33m) });

        Assert.DoesNotContain(result.Offerings, o => o.Pool == PlacementFixture.Steady && o.Market == Market.Spot);
        var excluded = Assert.Single(result.Excluded, e => e.Reason == ExclusionReason.PriceAboveCeiling);
        Assert.Equal(("g5.xlarge", "us-east-1b", Market.Spot), (excluded.InstanceType, excluded.AvailabilityZone, excluded.Market!.Value));
        Assert.Equal("spot $0.3600/h is above the ceiling (absolute $0.3300/h)", excluded.Detail);
    }

    [Fact]
    public void Rank_leaves_out_spot_above_a_fraction_of_on_demand_and_says_why()
    {
        // 0.3 × $1.006 = $0.3018: $0.30 passes, $0.36 does not.
        var result = PlacementFixture.Rank(PlacementFixture.GpuJob() with { Ceiling = new BidCeiling(FractionOfOnDemand: 0.3m) });

        Assert.Contains(result.Offerings, o => o.Pool == PlacementFixture.Cheap && o.Market == Market.Spot);
        var excluded = Assert.Single(result.Excluded, e => e.Reason == ExclusionReason.PriceAboveCeiling);
        Assert.Equal("spot $0.3600/h is above the ceiling (0.3 × on-demand $1.0060/h = $0.3018/h)", excluded.Detail);
    }

    [Fact]
    public void Rank_lists_a_type_that_does_not_fit_with_the_unmet_requirement()
    {
        var result = PlacementFixture.Rank(PlacementFixture.GpuJob());

        var excluded = Assert.Single(result.Excluded, e => e.InstanceType == "c5.large");
        Assert.Equal(ExclusionReason.DoesNotFit, excluded.Reason);
        Assert.Equal("needs 1 GPU(s), has 0", excluded.Detail);
        Assert.Null(excluded.AvailabilityZone);
    }

    [Fact]
    public void Rank_lists_offerings_of_a_market_the_request_leaves_out()
    {
        var result = PlacementFixture.Rank(PlacementFixture.GpuJob() with { Markets = [Market.Spot] });

        Assert.All(result.Offerings, o => Assert.Equal(Market.Spot, o.Market));
        Assert.Equal(2, result.Excluded.Count(e => e.Reason == ExclusionReason.MarketNotAllowed && e.Market == Market.OnDemand));
    }

    [Fact]
    public void Rank_lists_a_spot_pool_without_any_price_as_no_spot_price()
    {
        var catalog = PlacementFixture.Catalog();
        var bare = new InstanceCatalog(catalog.SnapshotDate, catalog.Sources, catalog.Types, catalog.Zones, SpotPriceSnapshot.Empty);

        var result = new OfferingRanker(bare, PlacementFixture.Rates()).Rank(PlacementFixture.GpuJob(), PlacementFixture.Now);

        Assert.Equal(2, result.Excluded.Count(e => e.Reason == ExclusionReason.NoSpotPrice));
        Assert.All(result.Offerings, o => Assert.Equal(Market.OnDemand, o.Market));
    }

    [Fact]
    public void Rank_prefers_the_history_price_at_now_over_the_snapshot()
    {
        var history = SpotPriceHistory.FromRecords(
        [
            new SpotPriceRecord("us-east-1a", "g5.xlarge", "Linux/UNIX", 0.10m, PlacementFixture.Now.AddHours(-2)),
            new SpotPriceRecord("us-east-1a", "g5.xlarge", "Linux/UNIX", 0.90m, PlacementFixture.Now.AddHours(1)),
        ]);

        var cheap = PlacementFixture.Rank(PlacementFixture.GpuJob(), history).Offerings.Single(o => o.Pool == PlacementFixture.Cheap && o.Market == Market.Spot);

        Assert.Equal(0.10m, cheap.PriceUsdPerHour);
        Assert.Equal(PriceSource.History, cheap.PriceSource);
    }

    [Fact]
    public void Rank_uses_the_young_daly_interval_when_the_request_gives_none()
    {
        // C = 36 s = 0.01 h, MTBF = 100 h: τ = √(2 × 0.01 × 100) = √2 h.
        var result = PlacementFixture.Rank(PlacementFixture.GpuJob() with { CheckpointInterval = null });

        var steady = result.Offerings.Single(o => o.Pool == PlacementFixture.Steady && o.Market == Market.Spot);
        Assert.Equal(Math.Sqrt(2), steady.CheckpointInterval!.Value.TotalHours, 1e-6);
    }

    [Fact]
    public void Rank_lists_a_pool_whose_expected_run_diverges()
    {
        var result = PlacementFixture.Rank(PlacementFixture.GpuJob() with { RestartOverhead = TimeSpan.FromHours(1.5) });

        // Cheap: 0.5 × (1.5 + 0.5) = 1 ≥ 1.
        var excluded = Assert.Single(result.Excluded, e => e.Reason == ExclusionReason.ExpectedRunDiverges);
        Assert.Equal("us-east-1a", excluded.AvailabilityZone);
    }

    [Fact]
    public void Rank_breaks_cost_ties_by_type_then_zone_name()
    {
        var result = PlacementFixture.Rank(PlacementFixture.GpuJob() with { Markets = [Market.OnDemand] });

        Assert.Equal(["us-east-1a", "us-east-1b"], result.Offerings.Select(o => o.Pool.AvailabilityZone));
        Assert.Equal(result.Offerings[0].ExpectedCostUsd, result.Offerings[1].ExpectedCostUsd);
    }

    [Fact]
    public void Rank_rejects_an_invalid_request_naming_every_bad_field()
    {
        var request = PlacementFixture.GpuJob() with
        {
            Resources = new ResourceRequirement(Gpus: -1),
            Regions = ["mars-north-1"],
            Ceiling = new BidCeiling(FractionOfOnDemand: 1.5m),
            WorkHours = 0,
        };

        var error = Assert.Throws<PlacementRequestException>(() => PlacementFixture.Rank(request));

        Assert.Equal(
            [PlacementFields.Gpus, PlacementFields.Regions, PlacementFields.MaxPriceFraction, PlacementFields.WorkHours],
            error.Errors.Select(e => e.Field));
        Assert.Contains("mars-north-1", error.Message, StringComparison.Ordinal);
    }
}
