using System.CommandLine;
using Spectre.Console;
using Spot.Launcher.Cli.CostReport;

namespace Spot.Launcher.Cli;

/// <summary>`spot cost-report`: spend per job and in total against on-demand, as a table or JSON, with an optional
/// PNG chart of cumulative spend.</summary>
public static class CostReportCommand
{
    public static Command Create(IAnsiConsole console) =>
        Create(console, TimeProvider.System, Environment.CurrentDirectory);

    /// <param name="console">Where the report and errors go.</param>
    /// <param name="time">Gives "now" for billing running attempts when --as-of is left out.</param>
    /// <param name="workingDirectory">Relative paths, and the default example ledger, are taken from here.</param>
    public static Command Create(IAnsiConsole console, TimeProvider time, string workingDirectory)
    {
        var options = new CostReportOptions();
        var command = new Command("cost-report", "Spend per job and in total against on-demand, with wasted work.");
        options.AddTo(command);
        command.Action = new CostReportAction(options, console, time, workingDirectory);
        return command;
    }
}
