using System.CommandLine;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spot.Contracts;
using Spot.Launcher.Cli.Jobs;
using Spot.Launcher.Daemon.Hosting;

namespace Spot.Launcher.Cli;

/// <summary>`spot daemon`: reconcile every job in the store until Ctrl+C; `spot submit` and `spot cancel` talk to it through the store.</summary>
public static class DaemonCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var cloud = new CloudArguments();
        var command = new Command("daemon", "Run the daemon: place, launch, watch, resume and bill every job in the store, until Ctrl+C.");
        cloud.AddTo(command);
        command.Action = new Action(console, cloud);
        return command;
    }

    private sealed class Action(IAnsiConsole console, CloudArguments cloud) : CheckedAction(console, "daemon")
    {
        protected override async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
        {
            var problems = new List<string>();
            var settings = cloud.Resolve(parseResult, problems);
            if (problems.Count > 0 || settings is null) return Fail(problems);
            await using (var daemon = await DaemonHost.StartAsync(settings, logging => logging
                .AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; })
                .AddFilter("Microsoft.AspNetCore", LogLevel.Warning).AddFilter("Quartz", LogLevel.Warning)
                .SetMinimumLevel(LogLevel.Information), cancellationToken))
            {
                Console.MarkupLine($"Spot daemon [green]running[/] on the {settings.Cloud.Profile.ToString().ToLowerInvariant()} profile, " +
                                   $"store {Markup.Escape(settings.Store.DatabasePath)}. Ctrl+C stops it.");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                }
            }
            return ExitCodes.Success;
        }
    }
}
