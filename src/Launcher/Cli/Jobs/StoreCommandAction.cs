using System.CommandLine;
using Spectre.Console;
using Spot.Launcher.Daemon.Hosting;
using Spot.Launcher.Store;

namespace Spot.Launcher.Cli.Jobs;

/// <summary>
/// A command that only reads or writes the job store (submit, jobs, status, logs, cancel): the daemon, wherever it
/// runs, sees the change on its next pass.
/// </summary>
internal abstract class StoreCommandAction(IAnsiConsole console, string name, CloudArguments cloud) : CheckedAction(console, name)
{
    protected sealed override async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var settings = cloud.Resolve(parseResult, problems);
        Check(parseResult, problems);
        if (problems.Count > 0 || settings is null) return Fail(problems);
        using var store = await SqliteJobStore.OpenAsync(settings.Store, TimeProvider.System, null, cancellationToken);
        return await RunAsync(parseResult, store, settings, cancellationToken);
    }

    /// <summary>Adds a problem for each argument that is wrong before the store is opened.</summary>
    protected virtual void Check(ParseResult parseResult, List<string> problems)
    {
    }

    protected abstract Task<int> RunAsync(ParseResult parseResult, IJobStore store, SpotSettings settings, CancellationToken cancellationToken);

    /// <summary>A job by name or by store number, or a clear error listing what exists.</summary>
    protected static async Task<JobRecord?> FindAsync(IJobStore store, string nameOrNumber, CancellationToken cancellationToken) =>
        await store.FindJobByNameAsync(nameOrNumber, cancellationToken)
        ?? (long.TryParse(nameOrNumber, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? await store.FindJobAsync(id, cancellationToken)
            : null);

    protected int NoSuchJob(string job) => Fail([$"job: no job named '{job}' in the store; `spot jobs` lists them"]);
}
