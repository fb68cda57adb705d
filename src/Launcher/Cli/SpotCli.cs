using System.CommandLine;
using Spectre.Console;

namespace Spot.Launcher.Cli;

/// <summary>The `spot` command tree. Each subcommand lives in its own file.</summary>
public static class SpotCli
{
    public static RootCommand Build(IAnsiConsole console)
    {
        var root = new RootCommand("Spot: budgeted training on EC2 spot capacity, billed against on-demand.");
        root.Subcommands.Add(PricesCommand.Create(console));
        root.Subcommands.Add(CostReportCommand.Create(console));
        root.Subcommands.Add(LocalCloudCommand.Create(console));
        root.Subcommands.Add(RunCommand.Create(console));
        root.Subcommands.Add(DaemonCommand.Create(console));
        root.Subcommands.Add(DrillCommand.Create(console));
        foreach (var command in Jobs.JobCommands.Create(console))
            root.Subcommands.Add(command);
        return root;
    }

    public static async Task<int> RunAsync(string[] args, IAnsiConsole console)
    {
        var parse = Build(console).Parse(args);
        // Ctrl+C cancels the command; the default two seconds are too few for a daemon or a drill to stop its
        // LocalCloud's instance processes and close the store, so they would outlive the command.
        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
    }
}
