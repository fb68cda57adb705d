using Spot.Contracts;

namespace Spot.Launcher.Tests.Cli;

public sealed class CostReportChartTests : IDisposable
{
    private readonly CostReportTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public async Task Chart_option_writes_a_png_into_a_new_directory_and_says_where()
    {
        var chart = Path.Combine(_kit.WorkDir, "out", "charts", "cost.png");

        Assert.Equal(ExitCodes.Success,
            await _kit.RunAsync("--ledger", CostReportTestKit.ExampleLedgerPath, "--chart", "out/charts/cost.png"));

        Assert.Equal((1200, 700), Charts.PngHeader.Dimensions(chart));
        Assert.True(new FileInfo(chart).Length > 20_000, "a chart with three jobs is more than a blank image");
        Assert.Contains($"Chart written to {chart}", _kit.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_path_appears_in_the_json_output()
    {
        var chart = Path.Combine(_kit.WorkDir, "cost.png");

        await _kit.RunAsync("--ledger", CostReportTestKit.ExampleLedgerPath, "--chart", chart, "--format", "json");

        Assert.Equal(chart, _kit.OutputJson().GetProperty("chart").GetString());
        Assert.True(File.Exists(chart));
    }

    [Fact]
    public async Task Chart_that_cannot_be_written_exits_2_naming_the_option()
    {
        var file = _kit.WriteFile("not-a-dir", "x");

        Assert.Equal(ExitCodes.BadArguments,
            await _kit.RunAsync("--ledger", CostReportTestKit.ExampleLedgerPath, "--chart", "not-a-dir/cost.png"));

        Assert.Contains($"--chart: cannot write {file}/cost.png", _kit.Console.Output, StringComparison.Ordinal);
    }
}
