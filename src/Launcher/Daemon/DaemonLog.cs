using Microsoft.Extensions.Logging;

namespace Spot.Launcher.Daemon;

internal static partial class DaemonLog
{
    [LoggerMessage(1400, LogLevel.Warning, "Job {Job} attempt {Attempt}: launch failed ({Kind}): {Message}")]
    public static partial void LaunchFailed(ILogger logger, string job, int attempt, string kind, string message);

    [LoggerMessage(1401, LogLevel.Warning, "Job {Job}: trainer status unreadable: {Problem}")]
    public static partial void StatusUnreadable(ILogger logger, string job, string problem);

    [LoggerMessage(1402, LogLevel.Warning, "Job {Job} attempt {Attempt}: asked the trainer to stop: {Reason}")]
    public static partial void StopRequested(ILogger logger, string job, int attempt, string reason);

    [LoggerMessage(1403, LogLevel.Information, "Job {Job} attempt {Attempt} closed ({Condition}); job now {State}")]
    public static partial void AttemptClosed(ILogger logger, string job, int attempt, string condition, string state);

    [LoggerMessage(1404, LogLevel.Warning, "Job {Job} attempt {Attempt}: terminated {InstanceId}: {Reason}")]
    public static partial void Terminated(ILogger logger, string job, int attempt, string instanceId, string reason);

    [LoggerMessage(1405, LogLevel.Error, "Job {Job} ({State}): reconcile step failed: {Message}")]
    public static partial void JobStepFailed(ILogger logger, string job, string state, string message, Exception exception);

    [LoggerMessage(1406, LogLevel.Debug, "Reconcile pass: {Jobs} active jobs, {Attempts} live attempts, listing ok {Listed}, {Calls} EC2 calls, {Orphans} orphans terminated")]
    public static partial void PassCompleted(ILogger logger, int jobs, int attempts, bool listed, int calls, int orphans);

    [LoggerMessage(1407, LogLevel.Error, "Reconcile pass failed: {Message}")]
    public static partial void PassFailed(ILogger logger, string message, Exception exception);

    [LoggerMessage(1408, LogLevel.Information, "Spot prices refreshed: {Summary}")]
    public static partial void PricesRefreshed(ILogger logger, string summary);
}
