using Spot.CostModel.Ledger;
using Spot.Launcher.Cloud.Instances;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;

namespace Spot.Launcher.Daemon;

/// <summary>
/// A job that ended (cancelled, say) while an attempt was live: terminate its instance, and close the attempt once the
/// watcher confirms the instance is gone, billing it to the moment it went.
/// </summary>
public sealed class TerminalJobCleanup(IJobStore store, InstanceTerminator terminator, TimeProvider time)
{
    public async Task CleanUpAsync(JobRecord job, StoredAttempt? attempt, AttemptVerdict? verdict, CancellationToken cancellationToken)
    {
        if (attempt is null) return;
        var reason = job.State switch
        {
            JobState.BudgetExhausted => AttemptEndReason.BudgetExhausted,
            JobState.DeadlineMissed => AttemptEndReason.DeadlineExceeded,
            JobState.Failed => AttemptEndReason.Failed,
            JobState.Succeeded => AttemptEndReason.Completed,
            _ => AttemptEndReason.UserTerminated,
        };
        if (attempt.InstanceId is null)
        {
            await store.CloseAttemptAsync(job.Id, attempt.Attempt, new AttemptClosure(time.GetUtcNow(), reason, null), cancellationToken);
            return;
        }

        switch (verdict)
        {
            case { Kind: VerdictKind.Confirmed, Condition: { IsHealthy: false } gone }:
                var endedAt = verdict.FirstSeenAt ?? time.GetUtcNow();
                if (attempt.StartedAt is { } started && endedAt < started) endedAt = started;
                await store.CloseAttemptAsync(job.Id, attempt.Attempt, new AttemptClosure(endedAt, reason, null), cancellationToken);
                await store.AppendEventAsync(job.Id, attempt.Attempt, JobEventLevel.Info, $"{attempt.InstanceId} is gone ({gone.Kind}); attempt closed", cancellationToken);
                break;
            case { Condition: { IsHealthy: true } }:
                await terminator.TerminateAsync(job, attempt, $"the job is {job.State}", cancellationToken);
                break;
        }
    }
}
