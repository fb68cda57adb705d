using System.Globalization;
using Spectre.Console;
using Spot.Contracts.Status;
using Spot.Launcher.Cloud.Storage;
using Spot.CostModel.Reporting;
using Spot.Launcher.Daemon;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;

namespace Spot.Launcher.Cli.Jobs;

/// <summary>
/// Follows a job until it ends: one progress line whenever something a user cares about changes (state, attempt,
/// a hundred steps, spend), the job's log lines as they come, then the final record.
/// </summary>
internal sealed class JobFollower(IJobStore store, TrainerStatusReader statuses, string bucket, TimeProvider time, IAnsiConsole console)
{
    public async Task<JobRecord> FollowAsync(long jobId, TimeSpan poll, CancellationToken cancellationToken)
    {
        long lastEvent = 0;
        string? lastLine = null;
        while (true)
        {
            var job = await store.FindJobAsync(jobId, cancellationToken) ?? throw new InvalidOperationException($"job #{jobId} vanished from the store");
            foreach (var e in await store.ListEventsAsync(jobId, lastEvent, cancellationToken))
            {
                var colour = e.Level switch { JobEventLevel.Error => "red", JobEventLevel.Warning => "yellow", _ => "grey" };
                console.MarkupLine($"[{colour}]{e.At:HH:mm:ss}  {(e.Attempt is { } a ? $"#{a} " : "")}{Markup.Escape(e.Message)}[/]");
                lastEvent = e.Id;
            }

            var (key, line) = await ProgressLineAsync(job, cancellationToken);
            if (key != lastLine)
            {
                console.MarkupLine($"{time.GetUtcNow():HH:mm:ss}  {line}");
                lastLine = key;
            }
            if (job.IsTerminal && !(await store.ListAttemptsAsync(jobId, cancellationToken)).Any(a => a.IsLive))
                return job;
            await Task.Delay(poll, time, cancellationToken);
        }
    }

    /// <returns>The line, and what must change for it to be printed again (not the money, which moves every second).</returns>
    private async Task<(string Key, string Line)> ProgressLineAsync(JobRecord job, CancellationToken cancellationToken)
    {
        var attempts = await store.ListAttemptsAsync(job.Id, cancellationToken);
        var ledger = await store.ReadLedgerAsync(job.Id, cancellationToken);
        var now = time.GetUtcNow();
        var total = SpendReportBuilder.Build(ledger, now).Total;
        var status = (await statuses.ReadAsync(JobKeys.CheckpointRoot(bucket, job), cancellationToken)).Status;
        var progress = status is null ? "" : $"step {Hundreds(status)}/{status.TotalSteps}  loss {Loss(status)}  ";
        var head = $"[bold]{job.State,-11}[/] attempt {attempts.Count}  {progress}";
        return (head + job.Interruptions,
            head + $"${total.SpendUsd:0.0000} spent (on-demand ${total.OnDemandUsd:0.0000})  interruptions {job.Interruptions}");
    }

    // Rounded so that the line changes every hundred steps rather than on every heartbeat.
    private static string Hundreds(TrainerStatus status) => (status.Step / 100 * 100).ToString(CultureInfo.InvariantCulture);

    private static string Loss(TrainerStatus status) => status.Loss is { } loss ? loss.ToString("0.0", CultureInfo.InvariantCulture) : "-";

    public static bool Succeeded(JobRecord job) => job.State == JobState.Succeeded;
}
