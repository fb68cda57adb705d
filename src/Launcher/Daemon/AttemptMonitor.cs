using Microsoft.Extensions.Logging;
using Spot.Contracts;
using Spot.Contracts.Control;
using Spot.Contracts.Status;
using Spot.CostModel;
using Spot.CostModel.Ledger;
using Spot.Launcher.Cloud.Instances;
using Spot.Launcher.Cloud.Storage;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;

namespace Spot.Launcher.Daemon;

/// <summary>
/// Follows one launched attempt through a reconcile pass: marks it running (billing starts) and closes it once the
/// watcher has confirmed how it ended. A healthy running attempt costs nothing here (progress and the guards are
/// <see cref="RunningJobGuard"/>'s), and nothing acts on a suspected or unknown condition: one failed poll never
/// starts a recovery.
/// </summary>
public sealed class AttemptMonitor(
    IJobStore store,
    AttemptStatuses statuses,
    StopRequests stops,
    PoolPrices prices,
    SpotMetrics metrics,
    DaemonOptions options,
    TimeProvider time,
    ILogger<AttemptMonitor> logger)
{
    public async Task FollowAsync(JobRecord job, StoredAttempt attempt, AttemptVerdict verdict, CancellationToken cancellationToken)
    {
        if (verdict.Kind == VerdictKind.Confirmed && verdict.Condition is { } ended && !ended.IsHealthy)
        {
            // Marked for termination: the notice is out and the trainer is writing its emergency checkpoint. The
            // attempt ends (and billing with it) only when the instance is gone.
            if (ended.Instance is { IsLive: true })
                return;
            var root = JobKeys.CheckpointRoot(options.Bucket, job);
            // The trainer's last word says whether it finished, failed, or stopped for a notice.
            var status = await statuses.ReadForAttemptAsync(job, attempt, cancellationToken);
            // A stated cause is seen within a pass of the end; a vanished instance ended when it was first missed.
            var endedAt = ended.Definitive ? time.GetUtcNow() : verdict.FirstSeenAt ?? time.GetUtcNow();
            await CloseAsync(job, attempt, ended, status, endedAt, root, cancellationToken);
            return;
        }
        if (verdict.Kind != VerdictKind.Healthy || verdict.Condition is not { } condition)
            return;

        if (attempt.State == AttemptState.Launched && condition.Kind == ConditionKind.Running)
            await MarkRunningAsync(job, attempt, condition, cancellationToken);
    }


    private async Task<StoredAttempt> MarkRunningAsync(JobRecord job, StoredAttempt attempt, InstanceCondition running, CancellationToken cancellationToken)
    {
        var startedAt = running.Instance?.LaunchTime ?? time.GetUtcNow();
        var price = prices.PriceOf(attempt, startedAt) ?? attempt.OnDemandUsdPerHour;
        attempt = await store.MarkAttemptRunningAsync(job.Id, attempt.Attempt, startedAt, price, cancellationToken);
        await store.TransitionAsync(job.Id, JobState.Launching, JobState.Running,
            $"{attempt.InstanceId} runs the trainer from step {attempt.StartStep} at ${price:0.0000}/h", cancellationToken);
        if (job.Interruptions + job.ErrorRestarts > 0)
            metrics.Recovered(time.GetUtcNow() - (await LastLossAsync(job, cancellationToken) ?? startedAt));
        return attempt;
    }

    private async Task<DateTimeOffset?> LastLossAsync(JobRecord job, CancellationToken cancellationToken)
    {
        var attempts = await store.ListAttemptsAsync(job.Id, cancellationToken);
        return attempts.Where(a => a.EndedAt is not null).Select(a => a.EndedAt).Max();
    }



    private async Task CloseAsync(JobRecord job, StoredAttempt attempt, InstanceCondition ended, TrainerStatus? status, DateTimeOffset endedAt, S3Location root, CancellationToken cancellationToken)
    {
        var stopAsked = await stops.FindAsync(root, cancellationToken);
        var (reason, next, exitCode, why) = Outcome(job, attempt, ended, status, stopAsked);
        if (attempt.StartedAt is { } started && endedAt < started)
            endedAt = started;
        if (status is not null && attempt.State == AttemptState.Running && status.Step >= attempt.StartStep)
            // The guard records progress every few seconds; the trainer's last word may be newer.
            await store.RecordProgressAsync(job.Id, attempt.Attempt, status.Step, status.LastDurableStep, cancellationToken);
        var closed = await store.CloseAttemptAsync(job.Id, attempt.Attempt, new AttemptClosure(endedAt, reason, exitCode), cancellationToken);
        if (reason == AttemptEndReason.SpotInterruption)
            metrics.Interrupted(attempt.InstanceType);
        var from = attempt.State == AttemptState.Running ? JobState.Running : JobState.Launching;
        if (next == JobState.Restarting && !job.HasErrorRestartsLeft)
            (next, why) = (JobState.Failed, $"{why}; no error restarts left ({job.MaxErrorRestarts} allowed)");
        await store.TransitionAsync(job.Id, from, next, why, cancellationToken);
        await store.AppendEventAsync(job.Id, attempt.Attempt, next == JobState.Succeeded ? JobEventLevel.Info : JobEventLevel.Warning,
            $"{closed.InstanceId} ended ({ended.Kind}: {ended.Evidence}); {why}", cancellationToken);
        DaemonLog.AttemptClosed(logger, job.Name, attempt.Attempt, ended.Kind.ToString(), next.ToString());
    }

    private static (AttemptEndReason Reason, JobState Next, int? ExitCode, string Why) Outcome(
        JobRecord job, StoredAttempt attempt, InstanceCondition ended, TrainerStatus? status, StopRequest? stopAsked)
    {
        var state = status?.State;
        // A user terminate after the trainer finished is still a finish: LocalStack's mock EC2 can end an instance no other way.
        if (ended.Kind is (ConditionKind.Exited or ConditionKind.TerminatedByUser) && state == TrainerStates.Finished)
            return (AttemptEndReason.Completed, JobState.Succeeded, ExitCodes.Success, $"trained all {status!.TotalSteps} steps");
        if (stopAsked is { } asked)
        {
            var budget = asked.Reason.StartsWith("budget", StringComparison.Ordinal);
            return (budget ? AttemptEndReason.BudgetExhausted : AttemptEndReason.DeadlineExceeded,
                budget ? JobState.BudgetExhausted : JobState.DeadlineMissed,
                state == TrainerStates.Preempted ? ExitCodes.Preempted : null,
                $"stopped at step {status?.LastDurableStep?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} (durable): {asked.Reason}");
        }
        if (ended.Kind == ConditionKind.Exited && state != TrainerStates.Preempted)
            return (AttemptEndReason.Failed, JobState.Restarting, ExitCodes.Failure,
                $"the trainer {(state == TrainerStates.Failed ? "failed" : "exited without finishing")} at step {status?.Step.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}");
        if (ended.Kind == ConditionKind.TerminatedByUser)
            return (AttemptEndReason.UserTerminated, JobState.Interrupted, null, "the instance was terminated outside Spot; resuming elsewhere");
        // Interrupted, missing, ended unexplained, or a trainer that stopped for a notice before AWS took the instance.
        return (attempt.Market == Market.Spot ? AttemptEndReason.SpotInterruption : AttemptEndReason.UserTerminated, JobState.Interrupted,
            state == TrainerStates.Preempted ? ExitCodes.Preempted : null,
            $"capacity lost; resuming from step {status?.LastDurableStep?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "0"}");
    }
}
