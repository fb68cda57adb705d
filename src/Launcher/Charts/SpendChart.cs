using ScottPlot;
using Spot.CostModel.Reporting;

namespace Spot.Launcher.Charts;

/// <summary>Draws each job's cumulative spend (solid) against its cumulative on-demand equivalent (dashed, same
/// colour), and saves it as a PNG. Time runs in hours from each job's first start, so jobs that ran on different
/// days share one axis and compare at a glance.</summary>
public static class SpendChart
{
    public const int DefaultWidth = 1200;
    public const int DefaultHeight = 700;

    /// <summary>Writes the chart to <paramref name="path"/>, creating its directory when needed.</summary>
    public static void SavePng(SpendReport report, string path, int width = DefaultWidth, int height = DefaultHeight)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
        using var plot = Build(report);
        plot.SavePng(path, width, height);
    }

    public static Plot Build(SpendReport report)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < report.Jobs.Count; i++)
            AddJob(plot, report.Jobs[i], palette.GetColor(i));

        plot.Title("Cumulative spend vs on-demand equivalent, per job");
        plot.XLabel("Hours since the job's first attempt started");
        plot.YLabel("Cumulative cost (USD)");
        // A floor of a tenth of a cent keeps an all-zero report drawable; small jobs still fill the chart.
        plot.Axes.SetLimitsY(0, Math.Max(0.001, (double)MaxCost(report) * 1.1));
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static void AddJob(Plot plot, JobSpend job, Color color)
    {
        var start = job.Series[0].At;
        var times = job.Series.Select(p => (p.At - start).TotalHours).ToArray();
        var spend = plot.Add.Scatter(times, job.Series.Select(p => (double)p.CumulativeSpendUsd).ToArray(), color);
        spend.LegendText = $"{job.Job}: spend";
        spend.LineWidth = 2.5f;
        spend.MarkerSize = 6;

        var onDemand = plot.Add.Scatter(times, job.Series.Select(p => (double)p.CumulativeOnDemandUsd).ToArray(), color);
        onDemand.LegendText = $"{job.Job}: on-demand equivalent";
        onDemand.LineWidth = 2f;
        onDemand.LinePattern = LinePattern.Dashed;
        onDemand.MarkerSize = 0;
    }

    private static decimal MaxCost(SpendReport report) =>
        report.Jobs.SelectMany(j => j.Series)
            .Select(p => Math.Max(p.CumulativeSpendUsd, p.CumulativeOnDemandUsd))
            .DefaultIfEmpty(0m)
            .Max();
}
