using Microsoft.Extensions.Logging;
using Spot.Contracts.Control;
using Spot.Contracts.Status;
using Spot.CostModel.Ledger;
using Spot.Launcher.Cloud.Storage;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;

namespace Spot.Launcher.Daemon;

/// <summary>
/// The budget and deadline guards, on their own schedule: for each running attempt, record the trainer's progress
/// and the price in effect, then ask for a final checkpoint and stop when spend so far plus the expected cost to
/// finish passes the budget or the deadline has passed, and terminate an instance whose trainer has stopped.
/// </summary>
public sealed class RunningJobGuard(
    IJobStore store,
    InstanceTerminator terminator,
    AttemptStatuses statuses,
    StopRequests stops,
    PoolPrices prices,
    JobSpecCache specs,
    DaemonOptions options,
    TimeProvider time,
    ILogger<RunningJobGuard> logger)
{
    public async Task<int> RunPassAsync(CancellationToken cancellationToken)
    {
        int guarded = 0;
        var running = (await store.ListActiveJobsAsync(cancellationToken)).Where(j => j.State == JobState.Running).ToDictionary(j => j.Id);
        foreach (var attempt in await store.ListLiveAttemptsAsync(cancellationToken))
        {
            if (attempt.State != AttemptState.Running || !running.TryGetValue(attempt.JobId, out var job)) continue;
            try
            {
                await GuardAsync(job, specs.Of(job), attempt, cancellationToken);
                guarded++;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                DaemonLog.JobStepFailed(logger, job.Name, "guard", e.Message, e);
            }
        }
        return guarded;
    }

    private async Task GuardAsync(JobRecord job, JobSpec spec, StoredAttempt attempt, CancellationToken cancellationToken)
    {
        var root = JobKeys.CheckpointRoot(options.Bucket, job);
        var status = await statuses.ReadForAttemptAsync(job, attempt, cancellationToken);
        if (status is not null && status.Step >= attempt.StartStep)
            await store.RecordProgressAsync(job.Id, attempt.Attempt, status.Step, status.LastDurableStep, cancellationToken);
        var now = time.GetUtcNow();
        if (prices.PriceOf(attempt, now) is { } price)
            await store.AppendPriceSegmentAsync(job.Id, attempt.Attempt, new PriceSegment(now, price), cancellationToken);
        await ApplyLimitsAsync(job, spec, attempt, status, root, now, cancellationToken);
    }

    private async Task ApplyLimitsAsync(JobRecord job, JobSpec spec, StoredAttempt attempt, TrainerStatus? status, S3Location root, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await stops.FindAsync(root, cancellationToken) is { } asked)
        {
            // The trainer was asked for a final checkpoint: once it says it stopped (or the grace ends), the instance goes.
            if (status?.State == TrainerStates.Preempted || now >= asked.Deadline)
                await terminator.TerminateAsync(job, attempt, status?.State == TrainerStates.Preempted
                    ? $"the trainer stopped with step {status.LastDurableStep?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} durable"
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
        var step = status?.Step ?? attempt.LastStep;
        var price = prices.PriceOf(attempt, now) ?? attempt.OnDemandUsdPerHour;
        var breach = BudgetCheck.Breach(spent, RemainingWork.Hours(spec, step, rate), price, job.BudgetUsd, spec.Trainer.TotalSteps - step);
        if (breach is not null)
            await RequestStopAsync(job, attempt, root, breach, now, cancellationToken);
    }

    private async Task RequestStopAsync(JobRecord job, StoredAttempt attempt, S3Location root, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await stops.RequestAsync(root, new StopRequest(reason, now, now + options.FinalCheckpointGrace), cancellationToken);
        await store.AppendEventAsync(job.Id, attempt.Attempt, JobEventLevel.Warning, $"asked the trainer for a final checkpoint and stop: {reason}", cancellationToken);
        DaemonLog.StopRequested(logger, job.Name, attempt.Attempt, reason);
    }
}
