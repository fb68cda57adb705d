using Microsoft.Extensions.Logging;
using Spot.Contracts.Status;
using Spot.Launcher.Cloud.Storage;
using Spot.Launcher.Store;

namespace Spot.Launcher.Daemon;

/// <summary>Reads a job's trainer status and keeps it only when the attempt asked about wrote it.</summary>
public sealed class AttemptStatuses(TrainerStatusReader reader, string bucket, ILogger logger)
{
    public async Task<TrainerStatus?> ReadForAttemptAsync(JobRecord job, StoredAttempt attempt, CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync(JobKeys.CheckpointRoot(bucket, job), cancellationToken);
        if (read.Problem is { } problem)
            DaemonLog.StatusUnreadable(logger, job.Name, problem);
        // The status object outlives attempts: one written by an earlier attempt says nothing about this one.
        return read.Status is { } status && status.AttemptId == JobKeys.AttemptIdOf(job, attempt.Attempt) ? status : null;
    }
}
