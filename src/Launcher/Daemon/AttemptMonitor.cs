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
/// Follows one launched attempt through a reconcile pass: marks it running (billing starts), records the trainer's
/// progress and price changes, applies the budget and deadline guards, and closes it once the watcher has confirmed
/// how it ended. Nothing here acts on a suspected or unknown condition: one failed poll never starts a recovery.
/// </summary>
public sealed class AttemptMonitor(
    IJobStore store,
    InstanceTerminator terminator,
    TrainerStatusReader statuses,
    StopRequests stops,
    PoolPrices prices,
    SpotMetrics metrics,
    DaemonOptions options,
    TimeProvider time,
    ILogger<AttemptMonitor> logger)
{
    public async Task FollowAsync(JobRecord job, JobSpec spec, StoredAttempt attempt, AttemptVerdict verdict, CancellationToken cancellationToken)
    {
        var root = JobKeys.CheckpointRoot(options.Bucket, job);
        var status = await ReadStatusAsync(job, attempt, root, cancellationToken);
        if (verdict.Kind == VerdictKind.Confirmed && verdict.Condition is { } ended && !ended.IsHealthy)
        {
            await CloseAsync(job, attempt, ended, status, verdict.FirstSeenAt ?? time.GetUtcNow(), root, cancellationToken);
            return;
        }
        if (verdict.Kind != VerdictKind.Healthy || verdict.Condition is not { } condition)
            return;

        if (attempt.State == AttemptState.Launched && condition.Kind == ConditionKind.Running)
            attempt = await MarkRunningAsync(job, attempt, condition, cancellationToken);
        if (attempt.State != AttemptState.Running)
            return;

        var now = time.GetUtcNow();
        if (prices.PriceOf(attempt, now) is { } price)
            await store.AppendPriceSegmentAsync(job.Id, attempt.Attempt, new PriceSegment(now, price), cancellationToken);
        await GuardAsync(job, spec, attempt, status, root, now, cancellationToken);
    }

    private async Task<TrainerStatus?> ReadStatusAsync(JobRecord job, StoredAttempt attempt, S3Location root, CancellationToken cancellationToken)
    {
        var read = await statuses.ReadAsync(root, cancellationToken);
        if (read.Problem is { } problem)
            DaemonLog.StatusUnreadable(logger, job.Name, problem);
        // The status object outlives attempts: one written by an earlier attempt says nothing about this one.
        if (read.Status is not { } status || status.AttemptId != JobKeys.AttemptIdOf(job, attempt.Attempt))
            return null;
        if (attempt.State != AttemptState.Running || status.Step < attempt.StartStep)
            return status;
        await store.RecordProgressAsync(job.Id, attempt.Attempt, status.Step, status.LastDurableStep, cancellationToken);
        return status;
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

    private async Task GuardAsync(JobRecord job, JobSpec spec, StoredAttempt attempt, TrainerStatus? status, S3Location root, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await stops.FindAsync(root, cancellationToken) is { } asked)
        {
            // The trainer was asked for a final checkpoint: once it says it stopped (or the grace ends), the instance goes.
            if (status?.State == TrainerStates.Preempted || now >= asked.Deadline)
                await terminator.TerminateAsync(job, attempt, status?.State == TrainerStates.Preempted
                    ? $"final checkpoint of step {status.LastDurableStep} is durable"
                    : $"no stop {options.FinalCheckpointGrace.TotalSeconds:0} s after the request", cancellationToken);
            return;
        }

        if (status is { State: TrainerStates.Preempted } preempted && now - preempted.UpdatedAt > options.ReclaimWait)
        {
            // A notice was given but the instance was never taken (notices are best effort): stop paying for it.
            await terminator.TerminateAsync(job, attempt, $"the trainer stopped for a notice {options.ReclaimWait.TotalMinutes:0} min ago and the instance is still running", cancellationToken);
            return;
        }

        if (job.Deadline is { } deadline && now >= deadline)
        {
            await RequestStopAsync(job, attempt, root, $"deadline {deadline:O} passed", now, cancellationToken);
            return;
        }

        var ledger = await store.ReadLedgerAsync(job.Id, cancellationToken);
        var spent = SpendMeter.SpentUsd(ledger, now);
        var rate = status is { StepsPerSecond: > 0 } s ? s.StepsPerSecond * 3600 : (double?)null;
        var hoursLeft = RemainingWork.Hours(spec, status?.Step ?? attempt.LastStep, rate) ?? 0;
        var price = prices.PriceOf(attempt, now) ?? attempt.OnDemandUsdPerHour;
        var expected = spent + (decimal)hoursLeft * price;
        if (expected > job.BudgetUsd)
            await RequestStopAsync(job, attempt, root,
                $"budget: spent ${spent:0.0000} + ${(decimal)hoursLeft * price:0.0000} to finish ({hoursLeft * 60:0.#} min at ${price:0.0000}/h) > ${job.BudgetUsd:0.00}",
                now, cancellationToken);
    }

    private async Task RequestStopAsync(JobRecord job, StoredAttempt attempt, S3Location root, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await stops.RequestAsync(root, new StopRequest(reason, now, now + options.FinalCheckpointGrace), cancellationToken);
        await store.AppendEventAsync(job.Id, attempt.Attempt, JobEventLevel.Warning, $"asked the trainer for a final checkpoint and stop: {reason}", cancellationToken);
        DaemonLog.StopRequested(logger, job.Name, attempt.Attempt, reason);
    }

    private async Task CloseAsync(JobRecord job, StoredAttempt attempt, InstanceCondition ended, TrainerStatus? status, DateTimeOffset endedAt, S3Location root, CancellationToken cancellationToken)
    {
        var stopAsked = await stops.FindAsync(root, cancellationToken);
        var (reason, next, exitCode, why) = Outcome(job, attempt, ended, status, stopAsked);
        if (attempt.StartedAt is { } started && endedAt < started)
            endedAt = started;
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
        if (ended.Kind == ConditionKind.Exited && state == TrainerStates.Finished)
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
