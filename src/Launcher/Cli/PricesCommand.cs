using System.CommandLine;
using Spectre.Console;

namespace Spot.Launcher.Cli;

public static class PricesCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("prices", "Rank the offerings that fit a resource request by expected cost.");
        command.SetAction(_ => { console.WriteLine("not built yet"); return 1; });
        return command;
    }
}
