using System.CommandLine;
using Spectre.Console;
using Spot.Contracts;
using Spot.Launcher.Drills;

namespace Spot.Launcher.Cli.Drills;

/// <summary>
/// Runs `spot drill`: checks the arguments, runs the drills one after another through one runner (so the spec's
/// uninterrupted reference run is made once), then prints the report. Exit code 0 when every run passed, 1 when any
/// failed or the series was cancelled, 2 for a bad argument or a plan the job cannot take.
/// </summary>
internal sealed class DrillAction(IAnsiConsole console, TextWriter progress, DrillCommandOptions options, Func<DrillOptions, RunDrill> runners)
    : CheckedAction(console, "drill")
{
    protected override async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var request = await DrillRequestReader.ReadAsync(parseResult, options, problems, cancellationToken);
        if (request is null) return Fail(problems);

        var series = new DrillSeries(runners(new DrillOptions { Limit = request.Timeout, Settings = request.Settings }), progress);
        DrillReport report;
        try
        {
            report = await series.RunAsync(request, cancellationToken);
        }
        catch (DrillPlanException e)
        {
            return Fail(e.Problems);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: the finished runs are still worth a report; the run that was cut off is not in it.
            report = series.Finished;
            await progress.WriteLineAsync($"drill: cancelled after {report.Runs.Count} of {request.Repeat} run(s)");
            if (report.Runs.Count > 0) Write(report, request.Format);
            return ExitCodes.Failure;
        }

        Write(report, request.Format);
        return report.Failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private void Write(DrillReport report, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            // Straight to the writer: Spectre would wrap long lines of JSON at the console width.
            Console.Profile.Out.Writer.WriteLine(DrillReportJson.Write(report));
            Console.Profile.Out.Writer.Flush();
        }
        else
        {
            DrillTableRenderer.Render(Console, report);
        }
    }
}
