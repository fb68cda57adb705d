using System.CommandLine;
using Spectre.Console;
using Spot.Contracts;
using Spot.Launcher.Cloud;
using Spot.Launcher.Drills;

namespace Spot.Launcher.Cli.Drills;

/// <summary>Asks whether LocalStack at the endpoint can host drills, as <see cref="LocalStackProbe.ProbeAsync"/> does.</summary>
internal delegate Task<ProbeResult> ProbeLocalStack(Uri endpoint, CancellationToken cancellationToken);

/// <summary>
/// Runs `spot drill`: checks the arguments, runs the drills one after another through one runner (so the spec's
/// uninterrupted reference run is made once), then prints the report. Exit code 0 when every run passed, 1 when any
/// failed or the series was cancelled, 2 for a bad argument, a plan the job cannot take, or (on --profile localstack)
/// a LocalStack the probe finds unusable.
/// </summary>
internal sealed class DrillAction(IAnsiConsole console, TextWriter progress, DrillCommandOptions options, Func<DrillOptions, RunDrill> runners,
    ProbeLocalStack probe)
    : CheckedAction(console, "drill")
{
    protected override async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var request = await DrillRequestReader.ReadAsync(parseResult, options, problems, cancellationToken);
        if (request is null) return Fail(problems);
        if (request.LocalStackEndpoint is { } endpoint && (await probe(endpoint, cancellationToken)).SkipReason is { } unusable)
            return Fail([$"--profile localstack: {unusable}"]);

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
