using System.Text.Json;

namespace Spot.Launcher.Tests.Cli;

public class PricesCommandJsonTests
{
    private static async Task<JsonElement> RunJsonAsync(params string[] args)
    {
        var (exitCode, output) = await PricesCliRunner.RunAsync(["prices", "--format", "json", "--at", PricesCliRunner.At, .. args]);
        Assert.Equal(0, exitCode);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    [Fact]
    public async Task Prices_json_gives_each_offering_in_snake_case_with_hand_checked_figures()
    {
        var root = await RunJsonAsync("--gpu-model", "A10G", "--region", "us-west-2", "--hours", "10");

        Assert.Equal("2026-11-23", root.GetProperty("catalog_snapshot_date").GetString());
        Assert.Equal(10, root.GetProperty("work_hours").GetDouble());
        var first = root.GetProperty("offerings")[0];
        Assert.Equal(1, first.GetProperty("rank").GetInt32());
        Assert.Equal("g5.xlarge", first.GetProperty("instance_type").GetString());
        Assert.Equal("us-west-2b", first.GetProperty("availability_zone").GetString());
        Assert.Equal("us-west-2", first.GetProperty("region").GetString());
        Assert.Equal("spot", first.GetProperty("market").GetString());
        Assert.Equal("snapshot", first.GetProperty("price_source").GetString());
        Assert.Equal(0.357m, first.GetProperty("price_usd_per_hour").GetDecimal());
        Assert.Equal(1.006m, first.GetProperty("on_demand_usd_per_hour").GetDecimal());
        Assert.Equal(2537.52, first.GetProperty("mtbf_hours").GetDouble());
        Assert.Equal(551.82, first.GetProperty("checkpoint_interval_minutes").GetDouble());
        Assert.Equal(3.5831m, first.GetProperty("expected_cost_usd").GetDecimal());
        Assert.Equal(10.06m, first.GetProperty("on_demand_cost_usd").GetDecimal());
        Assert.Equal(6.4769m, first.GetProperty("savings_usd").GetDecimal());
        Assert.False(root.TryGetProperty("excluded", out _));
    }

    [Fact]
    public async Task Prices_json_shows_on_demand_offerings_without_interruption_figures()
    {
        var root = await RunJsonAsync("--type", "c5.large", "--region", "us-east-1", "--market", "on-demand");

        var offerings = root.GetProperty("offerings").EnumerateArray().ToList();
        Assert.Equal(6, offerings.Count);
        Assert.All(offerings, o =>
        {
            Assert.Equal("on-demand", o.GetProperty("market").GetString());
            Assert.Equal(JsonValueKind.Null, o.GetProperty("mtbf_hours").ValueKind);
            Assert.Equal(0.085m, o.GetProperty("expected_cost_usd").GetDecimal());
        });
        Assert.Equal(["us-east-1a", "us-east-1b"], offerings.Take(2).Select(o => o.GetProperty("availability_zone").GetString()));
    }

    [Fact]
    public async Task Prices_json_lists_excluded_offerings_for_a_fraction_ceiling()
    {
        // 0.355 × $1.006 = $0.35713: us-west-2b at $0.357 passes, us-west-2c at $0.3644 does not.
        var root = await RunJsonAsync("--type", "g5.xlarge", "--market", "spot", "--max-price-fraction", "0.355", "--show-excluded");

        Assert.Equal(["us-west-2b"], root.GetProperty("offerings").EnumerateArray().Select(o => o.GetProperty("availability_zone").GetString()));
        var ceiling = root.GetProperty("excluded").EnumerateArray().Single(e => e.GetProperty("reason").GetString() == "price_above_ceiling");
        Assert.Equal("us-west-2c", ceiling.GetProperty("availability_zone").GetString());
        Assert.Equal("spot $0.3644/h is above the ceiling (0.355 × on-demand $1.0060/h = $0.3571/h)", ceiling.GetProperty("detail").GetString());
        Assert.Contains(root.GetProperty("excluded").EnumerateArray(), e => e.GetProperty("reason").GetString() == "no_spot_price");
    }

    [Fact]
    public async Task Prices_json_prices_spot_from_a_history_file_at_the_given_time()
    {
        var path = PricesCliRunner.TempFile(
            "AvailabilityZone,InstanceType,ProductDescription,SpotPrice,Timestamp\n"
            + "usw2-az2,g5.xlarge,Linux/UNIX,0.2500,2026-11-23T10:00:00Z\n"
            + "usw2-az2,g5.xlarge,Linux/UNIX,0.9000,2026-11-23T13:00:00Z\n",
            ".csv");
        try
        {
            var root = await RunJsonAsync("--type", "g5.xlarge", "--zone", "us-west-2b", "--market", "spot", "--spot-prices", path);

            var only = Assert.Single(root.GetProperty("offerings").EnumerateArray());
            Assert.Equal(0.25m, only.GetProperty("price_usd_per_hour").GetDecimal());
            Assert.Equal("history", only.GetProperty("price_source").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Prices_json_limits_offerings_to_top_n_and_reports_the_total()
    {
        var root = await RunJsonAsync("--gpus", "1", "--top", "3");

        Assert.Equal(3, root.GetProperty("offerings").GetArrayLength());
        Assert.True(root.GetProperty("total_offerings").GetInt32() > 3);
    }
}
