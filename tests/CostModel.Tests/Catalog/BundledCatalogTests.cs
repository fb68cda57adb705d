using Spot.CostModel.Catalog;

namespace Spot.CostModel.Tests.Catalog;

public class BundledCatalogTests
{
    private static readonly InstanceCatalog Catalog = InstanceCatalog.Bundled();

    [Fact]
    public void Bundled_catalog_carries_its_snapshot_date_and_sources()
    {
        Assert.Equal(new DateOnly(2026, 11, 23), Catalog.SnapshotDate);
        Assert.Contains(Catalog.Sources, s => s.Contains("skypilot-catalog", StringComparison.Ordinal));
        Assert.Contains("SkyPilot", Catalog.SpotPrices.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("g4dn")]
    [InlineData("g5")]
    [InlineData("g6")]
    [InlineData("p3")]
    [InlineData("p4d")]
    [InlineData("p5")]
    [InlineData("m5")]
    [InlineData("c5")]
    [InlineData("r5")]
    [InlineData("m6i")]
    [InlineData("c6i")]
    public void Bundled_catalog_has_every_required_family(string family) =>
        Assert.Contains(Catalog.Types, t => t.Family == family);

    [Fact]
    public void Every_bundled_type_has_complete_facts()
    {
        foreach (var type in Catalog.Types)
        {
            Assert.True(type.VCpus > 0, type.Name);
            Assert.True(type.MemoryGiB > 0, type.Name);
            Assert.NotEmpty(type.OnDemandUsdPerHour);
            Assert.All(type.OnDemandUsdPerHour, p => Assert.True(p.Value > 0, type.Name));
            Assert.All(type.OnDemandUsdPerHour.Keys, r => Assert.Contains(r, Catalog.Regions));
            if (type.HasGpus)
            {
                Assert.False(string.IsNullOrWhiteSpace(type.GpuModel), type.Name);
                Assert.True(type.GpuMemoryGiB > 0, type.Name);
            }
            else
            {
                Assert.Null(type.GpuModel);
                Assert.Equal(0m, type.GpuMemoryGiB);
            }
        }
    }

    [Fact]
    public void Bundled_catalog_covers_the_three_regions_with_default_zone_names()
    {
        Assert.Equal(["us-east-1", "us-east-2", "us-west-2"], Catalog.Regions);
        Assert.Equal(6, Catalog.Zones.ZonesIn("us-east-1").Count);
        Assert.Equal("us-east-1a", Catalog.Zones.ToZoneName("use1-az1"));
        Assert.Equal("us-west-2d", Catalog.Zones.ToZoneName("usw2-az4"));
    }

    [Fact]
    public void Bundled_snapshot_keys_spot_prices_by_zone_name()
    {
        Assert.Equal(0.201m, Catalog.SpotPrices.PriceOf(new PoolId("g4dn.xlarge", "us-east-1a")));
        Assert.Equal(0.3635m, Catalog.SpotPrices.PriceOf(new PoolId("p3.2xlarge", "us-east-2b")));
        Assert.Null(Catalog.SpotPrices.PriceOf(new PoolId("p3.2xlarge", "us-east-1c")));
    }

    [Fact]
    public void Find_returns_the_type_with_its_facts()
    {
        var type = Catalog.Find("p4d.24xlarge");

        Assert.Equal(96, type.VCpus);
        Assert.Equal(1152m, type.MemoryGiB);
        Assert.Equal(8, type.GpuCount);
        Assert.Equal("A100", type.GpuModel);
        Assert.Equal(40m, type.GpuMemoryGiB);
        Assert.Equal(32.7726m, type.OnDemandPrice("us-east-1"));
    }

    [Fact]
    public void Find_throws_naming_the_type_when_it_is_unknown()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Catalog.Find("z9.huge"));
        Assert.Contains("z9.huge", error.Message, StringComparison.Ordinal);
        Assert.False(Catalog.TryFind("z9.huge", out _));
    }

    [Fact]
    public void Fitting_returns_only_types_with_the_gpu_model_asked_for()
    {
        var names = Catalog.Fitting(new ResourceRequirement(GpuModel: "a10g")).Select(t => t.Name);
        Assert.Equal(["g5.12xlarge", "g5.xlarge"], names);
    }

    [Fact]
    public void Fitting_applies_gpu_memory_count_cpu_and_memory_minimums_together()
    {
        var fit = Catalog.Fitting(new ResourceRequirement(Gpus: 8, MinGpuMemoryGiB: 40, VCpus: 96, MemoryGiB: 1152));
        Assert.Equal(["p4d.24xlarge", "p5.48xlarge"], fit.Select(t => t.Name));
    }

    [Fact]
    public void Fitting_without_gpus_includes_cpu_types_that_meet_cpu_and_memory()
    {
        var fit = Catalog.Fitting(new ResourceRequirement(VCpus: 8, MemoryGiB: 64)).Select(t => t.Name).ToList();
        Assert.Contains("r5.2xlarge", fit);
        Assert.DoesNotContain("m5.2xlarge", fit);
    }

    [Fact]
    public void WithZoneNames_renames_zones_and_the_snapshot_pools_for_this_account()
    {
        var renamed = Catalog.WithZoneNames(new Dictionary<string, string> { ["use1-az1"] = "us-east-1c", ["use1-az3"] = "us-east-1a" });

        Assert.Equal("us-east-1c", renamed.Zones.ToZoneName("use1-az1"));
        Assert.Equal(0.201m, renamed.SpotPrices.PriceOf(new PoolId("g4dn.xlarge", "us-east-1c")));
    }
}
