using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Spot.Launcher.Drills;

namespace Spot.Launcher.Cli.Drills;

/// <summary>One row per drill and the totals in the footer, with the same figures as the JSON.</summary>
public static class DrillRunsTable
{
    private static readonly string[] Headers =
        ["#", "Plan", "Seed", "Result", "Final state", "Faults\nfired", "Steps\nlost", "Longest\nrecovery", "Weights", "Left-\nover"];

    public static Table Build(DrillReport report)
    {
        var table = new Table().Border(TableBorder.Simple).ShowFooters().Title("Interruption drills");
        var totals = Totals(report);
        for (var i = 0; i < Headers.Length; i++)
        {
            var column = new TableColumn(new Text(Headers[i], Bold)).Footer(new Text(totals[i], Bold));
            table.AddColumn(i is 1 or 4 ? column : column.NoWrap().RightAligned());
        }

        for (var i = 0; i < report.Runs.Count; i++)
            table.AddRow(Cells(i + 1, report.Runs[i]));
        return table;
    }

    private static Style Bold { get; } = new(decoration: Decoration.Bold);

    private static IRenderable[] Cells(int number, DrillRunReport run) =>
    [
        new Text(Number(number)),
        new Text(run.Plan),
        new Text(Number(run.Seed)),
        new Text(DrillFigures.ResultText(run.Passed), new Style(run.Passed ? Color.Green : Color.Red, decoration: Decoration.Bold)),
        new Text(DrillFigures.State(run.Final)),
        new Text(DrillFigures.FiredText(run)),
        new Text(Number(run.StepsLost)),
        new Text(DrillFigures.SecondsText(DrillFigures.LongestRecovery(run))),
        new Text(DrillFigures.WeightsText(run.WeightsIdentical)),
        new Text(Number(run.LeftoverInstances)),
    ];

    private static string[] Totals(DrillReport report) =>
    [
        "Total",
        "",
        "",
        $"{Number(report.Passed)}/{Number(report.Runs.Count)} passed",
        "",
        $"{Number(report.Runs.Sum(r => r.Faults.Count(f => f.Fired)))}/{Number(report.Runs.Sum(r => r.Faults.Count))}",
        Number(report.Runs.Sum(r => r.StepsLost)),
        DrillFigures.SecondsText(report.Runs.Select(DrillFigures.LongestRecovery).DefaultIfEmpty(null).Max()),
        report.WeightsIdentical ? "all match" : "DIFFER",
        Number(report.LeftoverInstances),
    ];

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
