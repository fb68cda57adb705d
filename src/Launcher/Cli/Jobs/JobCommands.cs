using System.CommandLine;
using Spectre.Console;
using Spot.Contracts;
using Spot.Launcher.Daemon.Hosting;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;

namespace Spot.Launcher.Cli.Jobs;

/// <summary>`spot submit`, `spot jobs`, `spot status`, `spot logs` and `spot cancel`: the job store seen from the shell.</summary>
public static class JobCommands
{
    public static IEnumerable<Command> Create(IAnsiConsole console)
    {
        yield return Submit(console);
        yield return List(console);
        yield return Status(console);
        yield return Logs(console);
        yield return Cancel(console);
    }

    private static Command Submit(IAnsiConsole console)
    {
        var spec = new Argument<string>("job-spec") { Description = "The job spec (YAML)." };
        return Build("submit", "Store a job for the daemon (`spot daemon`) to run.", console, spec,
            (cloud) => new SubmitAction(console, cloud, spec));
    }

    private static Command List(IAnsiConsole console) =>
        Build("jobs", "List the jobs in the store with their state, attempts and spend.", console, null, cloud => new ListAction(console, cloud));

    private static Command Status(IAnsiConsole console)
    {
        var job = new Argument<string>("job") { Description = "The job's name or number." };
        return Build("status", "One job: its state history and attempts.", console, job, cloud => new StatusAction(console, cloud, job));
    }

    private static Command Logs(IAnsiConsole console)
    {
        var job = new Argument<string>("job") { Description = "The job's name or number." };
        return Build("logs", "A job's log: launches, losses, recoveries and guard decisions.", console, job, cloud => new LogsAction(console, cloud, job));
    }

    private static Command Cancel(IAnsiConsole console)
    {
        var job = new Argument<string>("job") { Description = "The job's name or number." };
        return Build("cancel", "Cancel a job; the daemon terminates its instance.", console, job, cloud => new CancelAction(console, cloud, job));
    }

    private static Command Build(string name, string description, IAnsiConsole console, Argument<string>? argument, Func<CloudArguments, CheckedAction> action)
    {
        _ = console;
        var cloud = new CloudArguments();
        var command = new Command(name, description);
        if (argument is not null) command.Arguments.Add(argument);
        cloud.AddTo(command);
        command.Action = action(cloud);
        return command;
    }

    private sealed class SubmitAction(IAnsiConsole console, CloudArguments cloud, Argument<string> spec) : StoreCommandAction(console, "submit", cloud)
    {
        protected override async Task<int> RunAsync(ParseResult parseResult, IJobStore store, SpotSettings settings, CancellationToken cancellationToken)
        {
            var path = Path.GetFullPath(parseResult.GetValue(spec)!);
            if (!File.Exists(path)) return Fail([$"job-spec: '{path}' does not exist"]);
            try
            {
                var (job, _) = await JobSubmission.SubmitAsync(store, path, TimeProvider.System.GetUtcNow(), renameIfTaken: false, cancellationToken);
                Console.MarkupLine($"Job [bold]{Markup.Escape(job.Name)}[/] (#{job.Id}) submitted; `spot daemon` runs it, `spot status {Markup.Escape(job.Name)}` follows it.");
                return ExitCodes.Success;
            }
            catch (JobSpecException e)
            {
                return Fail(e.Problems.Select(p => p.ToString()));
            }
            catch (JobNameTakenException e)
            {
                return Fail([e.Message]);
            }
        }
    }

    private sealed class ListAction(IAnsiConsole console, CloudArguments cloud) : StoreCommandAction(console, "jobs", cloud)
    {
        protected override async Task<int> RunAsync(ParseResult parseResult, IJobStore store, SpotSettings settings, CancellationToken cancellationToken)
        {
            var table = new Table().AddColumns("#", "job", "state", "attempts", "interruptions", "spend $", "budget $", "updated");
            var now = TimeProvider.System.GetUtcNow();
            foreach (var job in await store.ListJobsAsync(cancellationToken))
            {
                var ledger = await store.ReadLedgerAsync(job.Id, cancellationToken);
                var attempts = await store.ListAttemptsAsync(job.Id, cancellationToken);
                table.AddRow(job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(job.Name), job.State.ToString(),
                    attempts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), job.Interruptions.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Daemon.SpendMeter.SpentUsd(ledger, now).ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture),
                    job.BudgetUsd.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), $"{job.UpdatedAt:yyyy-MM-dd HH:mm:ss}");
            }
            Console.Write(table);
            return ExitCodes.Success;
        }
    }

    private sealed class StatusAction(IAnsiConsole console, CloudArguments cloud, Argument<string> jobArgument) : StoreCommandAction(console, "status", cloud)
    {
        protected override async Task<int> RunAsync(ParseResult parseResult, IJobStore store, SpotSettings settings, CancellationToken cancellationToken)
        {
            var name = parseResult.GetValue(jobArgument)!;
            if (await FindAsync(store, name, cancellationToken) is not { } job) return NoSuchJob(name);
            Console.MarkupLine($"[bold]{Markup.Escape(job.Name)}[/] (#{job.Id}) is [bold]{job.State}[/]; budget ${job.BudgetUsd:0.00}" +
                               (job.Deadline is { } d ? $", deadline {d:O}" : "") + $", {job.Interruptions} interruption(s), {job.ErrorRestarts}/{job.MaxErrorRestarts} error restarts.");
            var history = new Table().AddColumns("at", "from", "to", "why");
            foreach (var t in await store.ListTransitionsAsync(job.Id, cancellationToken))
                history.AddRow($"{t.At:HH:mm:ss}", t.From?.ToString() ?? "-", t.To.ToString(), Markup.Escape(t.Reason));
            Console.Write(history);
            var attempts = new Table().AddColumns("attempt", "instance", "type", "zone", "market", "state", "steps", "durable", "ended");
            foreach (var a in await store.ListAttemptsAsync(job.Id, cancellationToken))
                attempts.AddRow($"{a.Attempt}", a.InstanceId ?? "-", a.InstanceType, a.AvailabilityZone, a.Market.ToString(), a.State.ToString(),
                    $"{a.StartStep}→{a.LastStep}", a.LastDurableStep?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", a.EndReason?.ToString() ?? "");
            Console.Write(attempts);
            return ExitCodes.Success;
        }
    }

    private sealed class LogsAction(IAnsiConsole console, CloudArguments cloud, Argument<string> jobArgument) : StoreCommandAction(console, "logs", cloud)
    {
        protected override async Task<int> RunAsync(ParseResult parseResult, IJobStore store, SpotSettings settings, CancellationToken cancellationToken)
        {
            var name = parseResult.GetValue(jobArgument)!;
            if (await FindAsync(store, name, cancellationToken) is not { } job) return NoSuchJob(name);
            foreach (var e in await store.ListEventsAsync(job.Id, 0, cancellationToken))
                Console.MarkupLine($"{e.At:yyyy-MM-dd HH:mm:ss} {e.Level,-7} {(e.Attempt is { } a ? $"#{a} " : "")}{Markup.Escape(e.Message)}");
            return ExitCodes.Success;
        }
    }

    private sealed class CancelAction(IAnsiConsole console, CloudArguments cloud, Argument<string> jobArgument) : StoreCommandAction(console, "cancel", cloud)
    {
        protected override async Task<int> RunAsync(ParseResult parseResult, IJobStore store, SpotSettings settings, CancellationToken cancellationToken)
        {
            var name = parseResult.GetValue(jobArgument)!;
            if (await FindAsync(store, name, cancellationToken) is not { } job) return NoSuchJob(name);
            if (job.IsTerminal) return Fail([$"job '{job.Name}' already ended {job.State}"]);
            await store.TransitionAsync(job.Id, job.State, JobState.Cancelled, "cancelled by the user", cancellationToken);
            Console.MarkupLine($"Job [bold]{Markup.Escape(job.Name)}[/] cancelled; the daemon terminates its instance on its next pass.");
            return ExitCodes.Success;
        }
    }
}
