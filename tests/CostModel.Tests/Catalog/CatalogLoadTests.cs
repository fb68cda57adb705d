using System.Text;
using Spot.CostModel.Catalog;

namespace Spot.CostModel.Tests.Catalog;

public class CatalogLoadTests
{
    private const string ValidType = """
        {"name": "g5.xlarge", "vcpus": 4, "memory_gib": 16, "gpu_count": 1, "gpu_model": "A10G", "gpu_memory_gib": 24,
         "on_demand_usd_per_hour": {"us-east-1": 1.006}}
        """;

    private static string Document(string types, string spot = """{"as_of": "2026-01-02T00:00:00Z", "source": "test", "prices": [{"instance_type": "g5.xlarge", "zone_id": "use1-az1", "usd_per_hour": 0.4}]}""") => $$"""
        {
          "schema_version": 1,
          "snapshot_date": "2026-01-02",
          "sources": ["hand-written test data"],
          "regions": [{"name": "us-east-1", "zones": [{"id": "use1-az1", "name": "us-east-1a"}]}],
          "instance_types": [{{types}}],
          "spot_prices": {{spot}}
        }
        """;

    private static InstanceCatalog Load(string json) =>
        InstanceCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    private static string TypeWith(string from, string to) => ValidType.Replace(from, to, StringComparison.Ordinal);

    /// <summary>Loads a catalog that must be refused and checks that the message holds every fragment.</summary>
    private static void AssertRejected(string json, params string[] fragments)
    {
        var message = Assert.Throws<CatalogFormatException>(() => Load(json)).Message;
        Assert.All(fragments, f => Assert.Contains(f, message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_reads_a_replacement_catalog_of_the_same_schema()
    {
        var catalog = Load(Document(ValidType));

        Assert.Equal(new DateOnly(2026, 1, 2), catalog.SnapshotDate);
        Assert.Equal(24m, catalog.Find("g5.xlarge").GpuMemoryGiB);
        Assert.Equal(0.4m, catalog.SpotPrices.PriceOf(new PoolId("g5.xlarge", "us-east-1a")));
    }

    [Fact]
    public void Load_names_the_entry_and_field_when_vcpus_is_missing() =>
        AssertRejected(Document(TypeWith("\"vcpus\": 4, ", "")), "instance_types[0] (\"g5.xlarge\")", "\"vcpus\"");

    [Fact]
    public void Load_names_the_field_when_a_gpu_type_lacks_its_gpu_model() =>
        AssertRejected(Document(TypeWith("\"gpu_model\": \"A10G\", ", "")), "\"gpu_model\" is required");

    [Fact]
    public void Load_names_the_region_when_an_on_demand_price_is_for_an_unlisted_region() =>
        AssertRejected(Document(TypeWith("us-east-1\"", "eu-west-9\""), "null"), "\"on_demand_usd_per_hour\" names region \"eu-west-9\"");

    [Fact]
    public void Load_names_the_spot_entry_whose_zone_is_unknown() =>
        AssertRejected(
            Document(ValidType, """{"as_of": "2026-01-02T00:00:00Z", "source": "t", "prices": [{"instance_type": "g5.xlarge", "zone_id": "use1-az9", "usd_per_hour": 0.4}]}"""),
            "spot_prices.prices[0]",
            "\"zone_id\"");

    [Fact]
    public void Load_rejects_an_unknown_field_naming_its_path() =>
        AssertRejected(Document(TypeWith("\"vcpus\"", "\"vcpu\"")), "vcpu", "$.instance_types[0]");

    [Fact]
    public void Load_names_the_path_of_a_value_of_the_wrong_type() =>
        AssertRejected(Document(TypeWith("\"vcpus\": 4", "\"vcpus\": \"four\"")), "$.instance_types[0].vcpus");

    [Fact]
    public void Load_reports_every_problem_at_once() =>
        AssertRejected(
            Document(TypeWith("\"vcpus\": 4", "\"vcpus\": 0").Replace("\"memory_gib\": 16", "\"memory_gib\": -1", StringComparison.Ordinal), "null"),
            "\"vcpus\" must be a whole number above 0 (got 0)",
            "\"memory_gib\" must be above 0 (got -1)");
}
