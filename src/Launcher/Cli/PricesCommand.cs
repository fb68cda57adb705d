using System.CommandLine;
using Spectre.Console;
using Spot.Launcher.Cli.Prices;

namespace Spot.Launcher.Cli;

/// <summary>`spot prices`: ranks the offerings that fit a resource request by expected cost to finish the work.</summary>
public static class PricesCommand
{
    public static Command Create(IAnsiConsole console) => Create(console, TimeProvider.System);

    public static Command Create(IAnsiConsole console, TimeProvider time)
    {
        var command = new Command("prices", "Rank the offerings that fit a resource request by expected cost.");
        var options = new PricesOptions();
        options.AddTo(command);
        command.Action = new PricesAction(console, time, options);
        return command;
    }
}
