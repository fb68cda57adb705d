namespace Spot.Launcher.Tests.Cli;

public class PricesCommandTableTests
{
    [Fact]
    public async Task Prices_table_ranks_the_cheapest_expected_cost_first()
    {
        // g5.xlarge in us-west-2 (advisor >20% -> λ = 3.94085e-4/h, MTBF 2,537.5 h). Young/Daly with C = 60 s:
        // τ = √(2 × 1/60 × 2537.5) = 9.197 h = 552 min; T = 10 × (1 + (1/60)/9.197) / (1 − λ(5/60 + 9.197/2)) = 10.0366 h.
        // us-west-2b at $0.357/h: $3.58; us-west-2c at $0.3644/h: $3.66. Savings against 10 h × $1.006: 64.4%.
        var (exitCode, output) = await PricesCliRunner.RunAsync(
            "prices", "--gpu-model", "A10G", "--region", "us-west-2", "--market", "spot", "--hours", "10", "--at", PricesCliRunner.At);

        Assert.Equal(0, exitCode);
        Assert.Contains("Offerings by expected cost", output, StringComparison.Ordinal);
        var rows = output.Split('\n').Where(l => l.Contains("g5.", StringComparison.Ordinal)).ToList();
        Assert.Contains("us-west-2b", rows[0], StringComparison.Ordinal);
        Assert.Contains("$0.3570", rows[0], StringComparison.Ordinal);
        Assert.Contains("552 min", rows[0], StringComparison.Ordinal);
        Assert.Contains("10.04", rows[0], StringComparison.Ordinal);
        Assert.Contains("$3.58", rows[0], StringComparison.Ordinal);
        Assert.Contains("64.4%", rows[0], StringComparison.Ordinal);
        Assert.Contains("$3.66", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prices_table_lists_excluded_offerings_with_their_reason_when_asked()
    {
        var (exitCode, output) = await PricesCliRunner.RunAsync(
            "prices", "--gpu-model", "A10G", "--region", "us-west-2", "--market", "spot", "--max-price", "0.36", "--show-excluded", "--at", PricesCliRunner.At);

        Assert.Equal(0, exitCode);
        Assert.Contains("Left out", output, StringComparison.Ordinal);
        Assert.Contains("price_above_ceiling", output, StringComparison.Ordinal);
        Assert.Contains("spot $0.3644/h is above the ceiling (absolute $0.3600/h)", output, StringComparison.Ordinal);
        Assert.Contains("needs GPU model A10G, has T4", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prices_table_counts_excluded_offerings_when_not_asked_to_list_them()
    {
        var (_, output) = await PricesCliRunner.RunAsync("prices", "--type", "g5.xlarge", "--region", "us-west-2", "--at", PricesCliRunner.At);

        Assert.Contains("offerings left out; --show-excluded lists them", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Left out", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prices_says_so_when_no_offering_fits()
    {
        var (exitCode, output) = await PricesCliRunner.RunAsync("prices", "--gpus", "16", "--at", PricesCliRunner.At);

        Assert.Equal(0, exitCode);
        Assert.Contains("No offering fits the request.", output, StringComparison.Ordinal);
    }
}
