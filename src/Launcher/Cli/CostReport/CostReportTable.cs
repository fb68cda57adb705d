using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Spot.CostModel.Reporting;

namespace Spot.Launcher.Cli.CostReport;

/// <summary>The report as a Spectre.Console table: a row per job and the total in the footer, with the same rounded
/// figures as the JSON.</summary>
public static class CostReportTable
{
    private static readonly string[] Headers =
        ["Job", "Attempts", "Inter-\nrupted", "Spend", "On-demand\nequivalent", "Savings", "Wasted", "Wasted\nsteps"];

    public static Table Build(SpendReport report)
    {
        var table = new Table().Border(TableBorder.Simple).ShowFooters();
        table.Title("Spend against on-demand");
        var totals = Cells("Total", report.Total);
        for (var i = 0; i < Headers.Length; i++)
        {
            var column = new TableColumn(new Text(Headers[i], new Style(decoration: Decoration.Bold)))
                .Footer(new Text(totals[i], new Style(decoration: Decoration.Bold)));
            table.AddColumn(i == 0 ? column : column.NoWrap().RightAligned());
        }

        foreach (var job in report.Jobs)
            table.AddRow(Cells(job.Job, job.Summary).Select(c => (IRenderable)new Text(c)));
        table.Caption(Caption(report));
        return table;
    }

    private static string[] Cells(string name, SpendSummary s) =>
    [
        name,
        s.Attempts.ToString(CultureInfo.InvariantCulture),
        s.Interruptions.ToString(CultureInfo.InvariantCulture),
        ReportFigures.UsdText(s.SpendUsd),
        ReportFigures.UsdText(s.OnDemandUsd),
        ReportFigures.PercentText(s.SavingsPct),
        ReportFigures.UsdText(s.WastedUsd),
        s.WastedSteps.ToString(CultureInfo.InvariantCulture),
    ];

    private static string Caption(SpendReport report)
    {
        var running = report.Jobs.Sum(j => j.RunningAttempts);
        var asOf = $"As of {ReportFigures.Instant(report.AsOf)}";
        return running == 0 ? asOf : $"{asOf}; {running} running attempt(s) billed as if stopped then";
    }
}
