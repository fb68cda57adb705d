using System.CommandLine;
using Spectre.Console;

namespace Spot.Launcher.Cli;

public static class CostReportCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("cost-report", "Spend per job and in total against on-demand.");
        command.SetAction(_ => { console.WriteLine("not built yet"); return 1; });
        return command;
    }
}
