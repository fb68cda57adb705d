using Spectre.Console;
using Spot.Launcher.Drills;

namespace Spot.Launcher.Cli.Drills;

/// <summary>
/// The report for people: the runs table; for a single drill also its fault timeline and every check it failed;
/// for a series, the failures of each failed run, so a soak's few failures are not buried in its rows.
/// </summary>
public static class DrillTableRenderer
{
    public static void Render(IAnsiConsole console, DrillReport report)
    {
        console.Write(DrillRunsTable.Build(report));
        WriteSkipped(console, report.Skipped);
        if (report.Runs.Count == 1)
        {
            var run = report.Runs[0];
            console.Write(DrillFaultsTable.Build(run));
            if (run.Passed) console.WriteLine("Every check passed.");
            else WriteFailures(console, $"Failures of {run.Plan}:", run);
            return;
        }

        foreach (var run in report.Runs.Where(r => !r.Passed))
            WriteFailures(console, $"Failures of {run.Plan} (seed {run.Seed}):", run);
    }

    private static void WriteSkipped(IAnsiConsole console, IReadOnlyList<SkippedDrill> skipped)
    {
        if (skipped.Count == 0) return;
        console.WriteLine($"Skipped ({skipped.Count}):");
        foreach (var skip in skipped)
            console.WriteLine($"  - {skip.Plan}: {skip.Reason}");
    }

    private static void WriteFailures(IAnsiConsole console, string heading, DrillRunReport run)
    {
        console.WriteLine(heading);
        foreach (var failure in run.Failures)
            console.WriteLine($"  - {failure}");
    }
}
