using Microsoft.Extensions.Logging;
using Spot.Launcher.Cloud.Instances;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;

namespace Spot.Launcher.Daemon;

/// <summary>
/// One reconcile pass over every active job: a single paginated listing of Spot's instances, one verdict per live
/// attempt, then each job moved along its state machine, and finally the instances nobody owns terminated. A failure
/// in one job is logged against it and never stops the pass for the others.
/// </summary>
public sealed class JobReconciler(
    IJobStore store,
    InstanceWatcher watcher,
    OrphanSweeper orphans,
    JobAdvancer advancer,
    SpotMetrics metrics,
    ILogger<JobReconciler> logger)
{
    // The last failure of each job, so that a step failing the same way on every pass is logged once.
    private readonly Dictionary<long, string> _lastFailure = [];

    public async Task<ReconcileReport> RunPassAsync(CancellationToken cancellationToken)
    {
        var jobs = (await store.ListActiveJobsAsync(cancellationToken)).ToDictionary(j => j.Id);
        var live = await store.ListLiveAttemptsAsync(cancellationToken);
        var watched = new List<WatchedAttempt>(live.Count);
        var byKey = new Dictionary<AttemptKey, StoredAttempt>();
        foreach (var attempt in live)
        {
            var job = jobs.GetValueOrDefault(attempt.JobId) ?? await store.FindJobAsync(attempt.JobId, cancellationToken);
            if (job is null) continue;
            var key = new AttemptKey(JobKeys.KeyOf(job), attempt.Attempt);
            watched.Add(new WatchedAttempt(key, attempt.InstanceId));
            byKey[key] = attempt;
            jobs.TryAdd(job.Id, job);
        }

        var pass = await watcher.WatchAsync(watched, cancellationToken);
        var verdicts = pass.Verdicts.ToDictionary(v => v.Attempt.Key);
        var liveByJob = live.ToDictionary(a => a.JobId);
        int failures = 0;
        foreach (var job in jobs.Values.OrderBy(j => j.Id))
        {
            var attempt = liveByJob.GetValueOrDefault(job.Id);
            var verdict = attempt is null ? null : verdicts.GetValueOrDefault(new AttemptKey(JobKeys.KeyOf(job), attempt.Attempt));
            try
            {
                await advancer.AdvanceAsync(job, attempt, verdict, pass.Poll.Snapshot, cancellationToken);
                _lastFailure.Remove(job.Id);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failures++;
                if (_lastFailure.TryGetValue(job.Id, out var last) && last == e.Message) continue;
                _lastFailure[job.Id] = e.Message;
                DaemonLog.JobStepFailed(logger, job.Name, job.State.ToString(), e.Message, e);
                await TryNoteAsync(job, e, cancellationToken);
            }
        }

        var swept = pass.Poll.Snapshot is { } snapshot
            ? await orphans.SweepAsync(snapshot, watched, cancellationToken)
            : OrphanSweep.Nothing;
        metrics.RunningInstances(pass.Poll.Snapshot?.Instances.Values.Count(i => i.IsLive) ?? 0);
        return new ReconcileReport(jobs.Count, live.Count, pass.Poll.Succeeded, pass.Poll.Calls, swept.Terminated.Count, failures);
    }

    private async Task TryNoteAsync(JobRecord job, Exception error, CancellationToken cancellationToken)
    {
        try
        {
            await store.AppendEventAsync(job.Id, null, JobEventLevel.Error, $"reconcile step failed in {job.State}: {error.Message}", cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            DaemonLog.JobStepFailed(logger, job.Name, job.State.ToString(), e.Message, e);
        }
    }
}

/// <summary>What one pass saw and did; the reconcile benchmark prints it.</summary>
public sealed record ReconcileReport(int ActiveJobs, int LiveAttempts, bool ListingSucceeded, Ec2CallCount Ec2Calls, int OrphansTerminated, int JobFailures);
