using Spot.Contracts;

namespace Spot.Launcher.Tests.Cli;

public class PricesCommandErrorTests
{
    [Theory]
    [InlineData("--gpus: 'two' is not a whole number.", "--gpus", "two")]
    [InlineData("--gpus: must be at least 0 (got -1).", "--gpus", "-1")]
    [InlineData("--format: 'xml' is not a valid format; use 'table' or 'json'.", "--format", "xml")]
    [InlineData("--market: 'cheap' is not a market; use spot, on-demand or both.", "--market", "cheap")]
    [InlineData("--region: 'mars-north-1' is not a region in the catalog", "--region", "mars-north-1")]
    [InlineData("--zone: 'us-east-1z' is not a zone name or zone ID in the catalog", "--zone", "us-east-1z")]
    [InlineData("--type: 'z9.huge' is not an instance type in the catalog", "--type", "z9.huge")]
    [InlineData("--exclude-type: 'z9.huge' is not an instance type in the catalog", "--exclude-type", "z9.huge")]
    [InlineData("--gpu-model: 'X100' is not a GPU model in the catalog", "--gpu-model", "X100")]
    [InlineData("--max-price: must be above 0 (got 0).", "--max-price", "0")]
    [InlineData("--max-price-fraction: must be above 0 and at most 1 (got 1.5)", "--max-price-fraction", "1.5")]
    [InlineData("--hours: must be above 0 (got 0).", "--hours", "0")]
    [InlineData("--checkpoint-cost-seconds: 'abc' is not a number.", "--checkpoint-cost-seconds", "abc")]
    [InlineData("--checkpoint-interval-minutes: must be above 0 (got -5).", "--checkpoint-interval-minutes", "-5")]
    [InlineData("--restart-overhead-minutes: must be at least 0 (got -1).", "--restart-overhead-minutes", "-1")]
    [InlineData("--top: must be at least 1 (got 0).", "--top", "0")]
    [InlineData("--at: 'yesterday' is not an ISO 8601 time", "--at", "yesterday")]
    [InlineData("--catalog: file '/nonexistent/catalog.json' does not exist", "--catalog", "/nonexistent/catalog.json")]
    [InlineData("--spot-prices: file '/nonexistent/prices.csv' does not exist", "--spot-prices", "/nonexistent/prices.csv")]
    [InlineData("unrecognized argument(s): --cheapest", "--cheapest")]
    public async Task Prices_rejects_a_bad_argument_with_exit_2_and_a_message_naming_it(string message, params string[] args)
    {
        var (exitCode, output) = await PricesCliRunner.RunAsync(["prices", .. args]);

        Assert.Equal(ExitCodes.BadArguments, exitCode);
        Assert.Contains("error: " + message, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prices_rejects_a_missing_option_value_naming_the_option()
    {
        var (exitCode, output) = await PricesCliRunner.RunAsync("prices", "--hours");

        Assert.Equal(ExitCodes.BadArguments, exitCode);
        Assert.Contains("--hours", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prices_rejects_a_replacement_catalog_naming_the_bad_field()
    {
        var path = PricesCliRunner.TempFile("""
            {"schema_version": 1, "snapshot_date": "2026-01-01", "sources": ["t"],
             "regions": [{"name": "us-east-1", "zones": [{"id": "use1-az1", "name": "us-east-1a"}]}],
             "instance_types": [{"name": "g5.xlarge", "vcpus": 4, "memory_gib": 16, "gpu_count": 1, "gpu_memory_gib": 24,
                                 "on_demand_usd_per_hour": {"us-east-1": 1.006}}]}
            """, ".json");
        try
        {
            var (exitCode, output) = await PricesCliRunner.RunAsync("prices", "--catalog", path);

            Assert.Equal(ExitCodes.BadArguments, exitCode);
            Assert.Contains("--catalog:", output, StringComparison.Ordinal);
            Assert.Contains("instance_types[0] (\"g5.xlarge\"): field \"gpu_model\" is required", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Prices_uses_a_valid_replacement_catalog()
    {
        var path = PricesCliRunner.TempFile("""
            {"schema_version": 1, "snapshot_date": "2026-01-01", "sources": ["t"],
             "regions": [{"name": "eu-west-1", "zones": [{"id": "euw1-az1", "name": "eu-west-1a"}]}],
             "instance_types": [{"name": "g5.xlarge", "vcpus": 4, "memory_gib": 16, "gpu_count": 1, "gpu_model": "A10G", "gpu_memory_gib": 24,
                                 "on_demand_usd_per_hour": {"eu-west-1": 1.123}}]}
            """, ".json");
        try
        {
            var (exitCode, output) = await PricesCliRunner.RunAsync("prices", "--catalog", path, "--region", "eu-west-1", "--at", PricesCliRunner.At);

            Assert.Equal(0, exitCode);
            Assert.Contains("$1.1230", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
