using Spot.CostModel.Catalog;
using Spot.CostModel.Placement;
using Spot.CostModel.Pricing;

namespace Spot.CostModel.Tests.Placement;

public class BundledPlacementTests
{
    private static PlacementResult Rank(PlacementRequest request) =>
        new OfferingRanker(InstanceCatalog.Bundled(), InterruptionRateTable.FromBundledAdvisor()).Rank(request, PlacementFixture.Now);

    [Fact]
    public void Gpu_model_filter_ranks_only_that_model_and_explains_the_rest()
    {
        var result = Rank(new PlacementRequest { Resources = new ResourceRequirement(GpuModel: "A10G") });

        Assert.NotEmpty(result.Offerings);
        Assert.All(result.Offerings, o => Assert.StartsWith("g5.", o.Pool.InstanceType, StringComparison.Ordinal));
        var t4 = result.Excluded.Single(e => e.InstanceType == "g4dn.xlarge");
        Assert.Equal(ExclusionReason.DoesNotFit, t4.Reason);
        Assert.Equal("needs GPU model A10G, has T4", t4.Detail);
    }

    [Fact]
    public void Gpu_memory_filter_keeps_only_types_with_enough_memory_per_gpu()
    {
        var result = Rank(new PlacementRequest { Resources = new ResourceRequirement(MinGpuMemoryGiB: 40) });

        Assert.Equal(["p4d.24xlarge", "p5.48xlarge"], result.Offerings.Select(o => o.Pool.InstanceType).Distinct().Order());
        Assert.Equal("needs 40 GiB per GPU, has 16 GiB", result.Excluded.Single(e => e.InstanceType == "p3.2xlarge").Detail);
    }

    [Fact]
    public void Bundled_ranking_prices_spot_from_the_snapshot_and_risk_from_the_advisor()
    {
        var result = Rank(new PlacementRequest { Resources = new ResourceRequirement(GpuModel: "T4"), Regions = ["us-east-1"], Markets = [Market.Spot] });

        var pool = result.Offerings.Single(o => o.Pool == new PoolId("g4dn.xlarge", "us-east-1a"));
        Assert.Equal(0.201m, pool.PriceUsdPerHour);
        Assert.Equal(PriceSource.Snapshot, pool.PriceSource);
        Assert.Equal(InterruptionRateBasis.Advisor, pool.Interruption.Basis);
        Assert.Equal(-Math.Log(0.825) / 730, pool.Interruption.PerHour, 1e-12);
    }

    [Fact]
    public void Cpu_types_without_a_spot_snapshot_are_listed_as_no_spot_price()
    {
        var result = Rank(new PlacementRequest { AllowedTypes = ["m5.large"], Regions = ["us-east-2"] });

        Assert.Equal(3, result.Excluded.Count(e => e.Reason == ExclusionReason.NoSpotPrice));
        Assert.Equal(3, result.Offerings.Count(o => o.Market == Market.OnDemand));
    }

    [Fact]
    public void Request_naming_an_unknown_gpu_model_is_rejected_with_the_known_models()
    {
        var error = Assert.Throws<PlacementRequestException>(() => Rank(new PlacementRequest { Resources = new ResourceRequirement(GpuModel: "X100") }));

        Assert.Equal(PlacementFields.GpuModel, Assert.Single(error.Errors).Field);
        Assert.Contains("A100", error.Message, StringComparison.Ordinal);
    }
}
