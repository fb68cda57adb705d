using System.CommandLine;
using Spectre.Console;
using Spot.Launcher.Cli.Jobs;

namespace Spot.Launcher.Cli;

/// <summary>`spot run JOB.yaml`: the daemon in this process, the job submitted to it and followed until it ends, then its bill.</summary>
public static class RunCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var spec = new Argument<string>("job-spec") { Description = "The job spec (YAML)." };
        var ledger = new Option<string?>("--ledger-out") { Description = "Also write the job's ledger as JSON (for `spot cost-report --ledger`)." };
        var chart = new Option<string?>("--chart") { Description = "Also draw cumulative spend against on-demand to this PNG." };
        var verbose = new Option<bool>("--verbose") { Description = "Show the daemon's own log lines." };
        var cloud = new CloudArguments();
        var command = new Command("run", "Run a job in the foreground: launch, survive interruptions, resume, and print the bill.");
        command.Arguments.Add(spec);
        foreach (var option in new Option[] { ledger, chart, verbose }) command.Options.Add(option);
        cloud.AddTo(command);
        command.Action = new RunAction(console, cloud, spec, ledger, chart, verbose);
        return command;
    }
}
