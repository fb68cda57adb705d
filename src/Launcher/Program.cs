using Spot.Launcher.Cli;

return await SpotCli.RunAsync(args, Spectre.Console.AnsiConsole.Console);
