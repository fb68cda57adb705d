using Spot.Launcher.Store;

namespace Spot.Launcher.Drills;

/// <summary>
/// Watches one job's attempts to say when a fault's trigger has come due and which attempt it hits. A fault that
/// ends an attempt never hits one an earlier fault already ended, so "interrupt, then interrupt" means two attempts.
/// </summary>
internal sealed class DrillTimeline(DrillWorld session, long jobId, TimeProvider time, long startedAt, TimeSpan poll)
{
    private readonly HashSet<int> _hit = [];
    private long? _firstRunningAt;

    public TimeSpan Elapsed => time.GetElapsedTime(startedAt);

    /// <summary>Waits for the fault's trigger: Due is false when the job ended first; Attempt is the attempt to hit,
    /// null only for a fault on the whole cloud that fires before the job has any attempt.</summary>
    public async Task<(bool Due, StoredAttempt? Attempt)> TargetAsync(DrillFault fault, long? step, CancellationToken cancellationToken)
    {
        var ends = DrillFaultKinds.EndsAttempt(fault.Kind);
        while (true)
        {
            var attempts = await session.AttemptsAsync(jobId, cancellationToken);
            var running = await WithTrainerStepsAsync(attempts.Where(a => a.State == AttemptState.Running && a.InstanceId is not null).ToList(), cancellationToken);
            if (running.Count > 0) _firstRunningAt ??= time.GetTimestamp();
            if (Pick(fault, step, ends, attempts, running) is (true, var target))
            {
                if (ends) _hit.Add(target!.Attempt);
                return (true, target);
            }
            if (await session.HasEndedAsync(jobId, cancellationToken)) return (false, null);
            await Task.Delay(poll, time, cancellationToken);
        }
    }

    /// <summary>The attempts with LastStep raised to what their trainers last reported.</summary>
    private async Task<List<StoredAttempt>> WithTrainerStepsAsync(List<StoredAttempt> running, CancellationToken cancellationToken)
    {
        if (running.Count == 0) return running;
        var job = await session.JobAsync(jobId, cancellationToken);
        for (var i = 0; i < running.Count; i++)
        {
            if (await session.TrainerStepAsync(job, running[i].Attempt, cancellationToken) is { } step && step > running[i].LastStep)
                running[i] = running[i] with { LastStep = step };
        }
        return running;
    }

    /// <summary>How long after now a later attempt than <paramref name="attempt"/> is running; null if none ever does.</summary>
    public async Task<TimeSpan?> RecoveryAsync(int attempt, CancellationToken cancellationToken)
    {
        var from = time.GetTimestamp();
        while (true)
        {
            var attempts = await session.AttemptsAsync(jobId, cancellationToken);
            if (attempts.Any(a => a.Attempt > attempt && a.StartedAt is not null)) return time.GetElapsedTime(from);
            if (await session.HasEndedAsync(jobId, cancellationToken)) return null;
            await Task.Delay(poll, time, cancellationToken);
        }
    }

    public async Task UntilAsync(Func<Task<bool>> condition, CancellationToken cancellationToken)
    {
        while (!await condition())
            await Task.Delay(poll, time, cancellationToken);
    }

    private (bool Due, StoredAttempt? Attempt) Pick(DrillFault fault, long? step, bool ends, IReadOnlyList<StoredAttempt> attempts, List<StoredAttempt> running)
    {
        var fresh = running.Where(a => !_hit.Contains(a.Attempt)).ToList();
        var newest = attempts.LastOrDefault(a => a.InstanceId is not null);
        var chosen = ends ? fresh.FirstOrDefault() : newest;
        if (step is { } at) return Found(fresh.FirstOrDefault(a => a.LastStep >= at));
        if (fault.Trigger.After is { } after)
            return _firstRunningAt is { } first && time.GetElapsedTime(first) >= after ? Found(chosen) : (false, null);
        // Right after the previous fault. Faults on the whole cloud or daemon need no attempt at all.
        return DrillFaultKinds.HitsNoAttempt(fault.Kind) ? (true, newest) : Found(chosen);
    }

    private static (bool, StoredAttempt?) Found(StoredAttempt? attempt) => (attempt is not null, attempt);
}
