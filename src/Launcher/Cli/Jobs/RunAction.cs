using System.CommandLine;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spot.Contracts;
using Spot.CostModel.Ledger.Json;
using Spot.CostModel.Reporting;
using Spot.Launcher.Charts;
using Spot.Launcher.Cli.CostReport;
using Spot.Launcher.Cloud.Storage;
using Spot.Launcher.Daemon.Hosting;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Cli.Jobs;

internal sealed class RunAction(
    IAnsiConsole console, CloudArguments cloud, Argument<string> specArgument, Option<string?> ledgerOut, Option<string?> chart, Option<bool> verbose)
    : CheckedAction(console, "run")
{
    protected override async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var settings = cloud.Resolve(parseResult, problems);
        var specPath = Path.GetFullPath(parseResult.GetValue(specArgument)!);
        if (!File.Exists(specPath)) problems.Add($"job-spec: '{specPath}' does not exist");
        if (problems.Count > 0 || settings is null) return Fail(problems);
        try
        {
            await JobSpecReader.ReadFileAsync(specPath, cancellationToken);
        }
        catch (JobSpecException e)
        {
            return Fail(e.Problems.Select(p => p.ToString()));
        }

        var level = parseResult.GetValue(verbose) ? LogLevel.Information : LogLevel.Warning;
        await using var daemon = await DaemonHost.StartAsync(settings, logging => logging
            .AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; })
            .AddFilter(l => l >= level).AddFilter("Microsoft.AspNetCore", LogLevel.Warning).AddFilter("Quartz", LogLevel.Warning), cancellationToken);
        var clock = daemon.Cloud.Clock;
        var (job, _) = await JobSubmission.SubmitAsync(daemon.Store, specPath, clock.GetUtcNow(), renameIfTaken: true, cancellationToken);
        Console.MarkupLine($"Job [bold]{Markup.Escape(job.Name)}[/] submitted on the [bold]{settings.Cloud.Profile.ToString().ToLowerInvariant()}[/] profile " +
                           $"(store {Markup.Escape(settings.Store.DatabasePath)}). Following it; Ctrl+C stops.");

        var follower = new JobFollower(daemon.Store, new TrainerStatusReader(daemon.Cloud.Clients.S3), settings.Daemon.Bucket, clock, Console);
        var final = await follower.FollowAsync(job.Id, TimeSpan.FromSeconds(1), cancellationToken);

        var ledger = await daemon.Store.ReadLedgerAsync(job.Id, cancellationToken);
        var report = SpendReportBuilder.Build(ledger, clock.GetUtcNow());
        Console.WriteLine();
        Console.MarkupLine($"Job [bold]{Markup.Escape(final.Name)}[/] ended [bold]{final.State}[/]: {final.Interruptions} interruption(s), {ledger.Count} attempt(s).");
        var status = (await new TrainerStatusReader(daemon.Cloud.Clients.S3).ReadAsync(Daemon.JobKeys.CheckpointRoot(settings.Daemon.Bucket, final), cancellationToken)).Status;
        if (status is not null)
            Console.MarkupLine($"Trained {status.Step}/{status.TotalSteps} steps" +
                               (status.TestAccuracy is { } accuracy ? $"; test accuracy [bold]{accuracy:P1}[/]" : "") +
                               (status.Loss is { } loss ? $"; final training loss {loss:0.000}" : "") + ".");
        Console.Write(CostReportTable.Build(report));
        if (parseResult.GetValue(ledgerOut) is { } ledgerPath)
        {
            await File.WriteAllTextAsync(Path.GetFullPath(ledgerPath), LedgerJsonWriter.Write(ledger), cancellationToken);
            Console.WriteLine($"Ledger written to {Path.GetFullPath(ledgerPath)}");
        }
        if (parseResult.GetValue(chart) is { } chartPath)
        {
            SpendChart.SavePng(report, Path.GetFullPath(chartPath));
            Console.WriteLine($"Chart written to {Path.GetFullPath(chartPath)}");
        }
        return final.State == JobState.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }
}
