using System.CommandLine;
using Spectre.Console;
using Spot.Launcher.Cli.Drills;
using Spot.Launcher.Cloud;
using Spot.Launcher.Drills;
using Spot.Launcher.Drills.LocalStack;

namespace Spot.Launcher.Cli;

/// <summary>`spot drill JOB.yaml`: interruption drills on LocalCloud or LocalStack, each checked end to end, as a table or JSON.</summary>
public static class DrillCommand
{
    /// <summary>How long the LocalStack probe waits before a drill reports it unusable.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    public static Command Create(IAnsiConsole console) =>
        Create(console, System.Console.Error, RunnerFor);

    /// <param name="progress">Where the per-run progress lines of a series go (stderr).</param>
    /// <param name="runners">Makes the runner of one call from its options; tests pass a stand-in.</param>
    /// <param name="probe">Probes LocalStack on --profile localstack; null probes for real, with <see cref="ProbeTimeout"/>.</param>
    internal static Command Create(IAnsiConsole console, TextWriter progress, Func<DrillOptions, RunDrill> runners, ProbeLocalStack? probe = null)
    {
        var options = new DrillCommandOptions();
        var command = new Command("drill",
            "Run interruption drills against a job on LocalCloud (or LocalStack, with --profile localstack) and check that it recovers: state, ledger, weights, leftovers.");
        options.AddTo(command);
        command.Action = new DrillAction(console, progress, options, runners,
            probe ?? ((endpoint, token) => new LocalStackProbe().ProbeAsync(endpoint, ProbeTimeout, token)));
        return command;
    }

    /// <summary>The LocalStack harness on the localstack profile, LocalCloud otherwise.</summary>
    internal static RunDrill RunnerFor(DrillOptions options) =>
        options.Settings().Cloud.Profile == CloudProfile.LocalStack ? new LocalStackDrillRunner(options).RunAsync : new DrillRunner(options).RunAsync;
}
