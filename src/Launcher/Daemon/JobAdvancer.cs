using System.Collections.Concurrent;
using Spot.CostModel.Ledger;
using Spot.Launcher.Cloud.Instances;
using Spot.Launcher.Cloud.Storage;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;

namespace Spot.Launcher.Daemon;

/// <summary>
/// Moves one job one step along its state machine in a reconcile pass. The store is the truth about what was asked
/// of the cloud, the pass's listing is the truth about what the cloud did, and every state is re-entrant: a daemon
/// killed at any point picks up from the store on its next pass.
/// </summary>
public sealed class JobAdvancer(
    IJobStore store,
    JobPlacer placer,
    AttemptStarter starter,
    AttemptMonitor monitor,
    TerminalJobCleanup cleanup,
    TrainerStatusReader statuses,
    JobSpecCache specs,
    DaemonOptions options,
    TimeProvider time)
{
    // The last reason a job waited, so a job waiting for capacity logs once, not once per pass.
    private readonly ConcurrentDictionary<long, string> _waiting = new();

    public async Task AdvanceAsync(JobRecord job, StoredAttempt? attempt, AttemptVerdict? verdict, InstanceSnapshot? snapshot, CancellationToken cancellationToken)
    {
        if (job.IsTerminal)
        {
            await cleanup.CleanUpAsync(job, attempt, verdict, cancellationToken);
            return;
        }

        if (job.State == JobState.Pending)
            job = await store.TransitionAsync(job.Id, JobState.Pending, JobState.Placing, "picked up by the daemon", cancellationToken);
        if (job.State is JobState.Interrupted or JobState.Restarting)
            job = await store.TransitionAsync(job.Id, job.State, JobState.Placing, "placing the next attempt", cancellationToken);
        if (job.State == JobState.Placing && attempt is not null)
            // A daemon killed between recording the attempt and moving the job on.
            job = await store.TransitionAsync(job.Id, JobState.Placing, JobState.Launching, $"attempt {attempt.Attempt} was recorded before a restart", cancellationToken);

        switch (job.State)
        {
            case JobState.Placing:
                await PlaceAsync(job, specs.Of(job), cancellationToken);
                break;
            case JobState.Launching when attempt is null:
                await store.TransitionAsync(job.Id, JobState.Launching, JobState.Placing, "the launch left no live attempt", cancellationToken);
                break;
            case JobState.Launching when attempt.State == AttemptState.Requested:
                await FinishLaunchAsync(job, specs.Of(job), attempt, snapshot, cancellationToken);
                break;
            case JobState.Running when attempt is null:
                await store.TransitionAsync(job.Id, JobState.Running, JobState.Interrupted, "no live attempt holds the job", cancellationToken);
                break;
            case JobState.Launching or JobState.Running when verdict is not null:
                await monitor.FollowAsync(job, attempt!, verdict, cancellationToken);
                break;
        }
    }

    private async Task PlaceAsync(JobRecord job, JobSpec spec, CancellationToken cancellationToken)
    {
        var ledger = await store.ReadLedgerAsync(job.Id, cancellationToken);
        var progress = await ProgressAsync(job, ledger, cancellationToken);
        var outcome = placer.Place(job, spec, progress, ledger, time.GetUtcNow());
        switch (outcome.Verdict)
        {
            case PlacementVerdict.Launch:
                _waiting.TryRemove(job.Id, out _);
                await starter.StartAsync(job, spec, outcome, progress.DurableStep, cancellationToken);
                break;
            case PlacementVerdict.Wait:
                if (_waiting.TryGetValue(job.Id, out var before) && before == outcome.Reason) break;
                _waiting[job.Id] = outcome.Reason;
                await store.AppendEventAsync(job.Id, null, JobEventLevel.Warning, $"waiting: {outcome.Reason}", cancellationToken);
                break;
            default:
                var terminal = outcome.Verdict switch
                {
                    PlacementVerdict.BudgetExhausted => JobState.BudgetExhausted,
                    PlacementVerdict.DeadlineMissed => JobState.DeadlineMissed,
                    _ => JobState.Failed,
                };
                await store.TransitionAsync(job.Id, JobState.Placing, terminal, outcome.Reason, cancellationToken);
                await store.AppendEventAsync(job.Id, null, JobEventLevel.Error, $"{terminal}: {outcome.Reason}", cancellationToken);
                break;
        }
    }

    // The attempt was recorded but no instance id came back: adopt the instance its tags name, or launch again with
    // the same client tokens (EC2 answers a repeated token with the instance it already started).
    private async Task FinishLaunchAsync(JobRecord job, JobSpec spec, StoredAttempt attempt, InstanceSnapshot? snapshot, CancellationToken cancellationToken)
    {
        if (snapshot is null) return;
        var key = new AttemptKey(JobKeys.KeyOf(job), attempt.Attempt);
        if (snapshot.OwnedBy(key).FirstOrDefault(i => i.IsLive) is { } found)
        {
            await store.MarkAttemptLaunchedAsync(job.Id, attempt.Attempt, found.InstanceId,
                new LaunchedPool(found.InstanceType, found.AvailabilityZone, attempt.Market, attempt.MaxUsdPerHour), cancellationToken);
            await store.AppendEventAsync(job.Id, attempt.Attempt, JobEventLevel.Info, $"adopted {found.InstanceId}, launched before a restart", cancellationToken);
            return;
        }

        var ledger = await store.ReadLedgerAsync(job.Id, cancellationToken);
        var outcome = placer.Place(job, spec, await ProgressAsync(job, ledger, cancellationToken), ledger, time.GetUtcNow());
        if (outcome.Verdict == PlacementVerdict.Launch)
            await starter.LaunchAsync(job, spec, attempt, outcome.Offerings, cancellationToken);
    }

    private async Task<JobProgress> ProgressAsync(JobRecord job, IReadOnlyList<AttemptRecord> ledger, CancellationToken cancellationToken)
    {
        var attempts = await store.ListAttemptsAsync(job.Id, cancellationToken);
        var durable = attempts.Select(a => a.LastDurableStep ?? 0).DefaultIfEmpty(0).Max();
        var status = (await statuses.ReadAsync(JobKeys.CheckpointRoot(options.Bucket, job), cancellationToken)).Status;
        var rate = status is { StepsPerSecond: > 0 } s ? s.StepsPerSecond * 3600 : (double?)null;
        var spent = SpendMeter.SpentUsd(ledger, time.GetUtcNow());
        return new JobProgress(Math.Max(durable, status?.LastDurableStep ?? 0), rate, spent);
    }
}
