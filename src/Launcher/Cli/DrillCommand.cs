using System.CommandLine;
using Spectre.Console;
using Spot.Launcher.Cli.Drills;
using Spot.Launcher.Drills;

namespace Spot.Launcher.Cli;

/// <summary>`spot drill JOB.yaml`: interruption drills on LocalCloud, each checked end to end, as a table or JSON.</summary>
public static class DrillCommand
{
    public static Command Create(IAnsiConsole console) =>
        Create(console, System.Console.Error, options => new DrillRunner(options).RunAsync);

    /// <param name="progress">Where the per-run progress lines of a series go (stderr).</param>
    /// <param name="runners">Makes the runner of one call from its options; tests pass a stand-in.</param>
    internal static Command Create(IAnsiConsole console, TextWriter progress, Func<DrillOptions, RunDrill> runners)
    {
        var options = new DrillCommandOptions();
        var command = new Command("drill", "Run interruption drills against a job on LocalCloud and check that it recovers: state, ledger, weights, leftovers.");
        options.AddTo(command);
        command.Action = new DrillAction(console, progress, options, runners);
        return command;
    }
}
