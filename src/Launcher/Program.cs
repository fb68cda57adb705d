using Spectre.Console;
using Spot.Launcher.Cli;

var console = ConsoleWidth.Adjust(AnsiConsole.Console, Console.IsOutputRedirected, Environment.GetEnvironmentVariable("COLUMNS"));
return await SpotCli.RunAsync(args, console);
