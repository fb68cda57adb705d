using Spot.CostModel.Ledger;
using Spot.CostModel.Reporting;
using Spot.Launcher.Charts;
using Spot.Launcher.Tests.Cli;

namespace Spot.Launcher.Tests.Charts;

public sealed class SpendChartTests : IDisposable
{
    private readonly CostReportTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void SavePng_writes_a_png_of_the_size_asked_for()
    {
        var report = SpendReportBuilder.Build(CostReportTestKit.HandLedger, CostReportTestKit.T0.AddDays(1));
        var path = Path.Combine(_kit.WorkDir, "a", "b", "spend.png");

        SpendChart.SavePng(report, path, 800, 500);

        Assert.Equal((800, 500), PngHeader.Dimensions(path));
        Assert.True(new FileInfo(path).Length > 10_000);
    }

    [Fact]
    public void Build_draws_a_spend_and_an_on_demand_line_per_job_with_title_and_axis_labels()
    {
        var report = SpendReportBuilder.Build(CostReportTestKit.HandLedger, CostReportTestKit.T0.AddDays(1));

        using var plot = SpendChart.Build(report);

        var legend = plot.GetPlottables().OfType<ScottPlot.IHasLegendText>().Select(p => p.LegendText).ToList();
        Assert.Equal(["llama: spend", "llama: on-demand equivalent", "bert: spend", "bert: on-demand equivalent"], legend);
        Assert.Equal("Cumulative cost (USD)", plot.Axes.Left.Label.Text);
        Assert.StartsWith("Hours since", plot.Axes.Bottom.Label.Text, StringComparison.Ordinal);
        Assert.Contains("Cumulative spend", plot.Axes.Title.Label.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SavePng_draws_an_empty_report_without_failing()
    {
        var path = Path.Combine(_kit.WorkDir, "empty.png");

        SpendChart.SavePng(SpendReportBuilder.Build(Array.Empty<AttemptRecord>(), CostReportTestKit.T0), path);

        Assert.Equal((SpendChart.DefaultWidth, SpendChart.DefaultHeight), PngHeader.Dimensions(path));
    }
}
