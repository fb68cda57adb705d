using Microsoft.Extensions.Logging;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>The launcher's log lines (EventIds 1200-1299). Never credentials: only ids, pools, codes and AWS messages.</summary>
internal static partial class LaunchLog
{
    [LoggerMessage(1200, LogLevel.Information, "Job {JobId} attempt {Attempt}: launched {InstanceId} in {Pool} (token {ClientToken})")]
    public static partial void Launched(ILogger logger, string jobId, int attempt, string instanceId, LaunchPool pool, string clientToken);

    [LoggerMessage(1201, LogLevel.Warning, "Job {JobId} attempt {Attempt}: {Pool} refused with {ErrorCode}: {Message}")]
    public static partial void PoolRefused(ILogger logger, string jobId, int attempt, LaunchPool pool, string errorCode, string message);

    [LoggerMessage(1202, LogLevel.Information, "Job {JobId} attempt {Attempt}: skipped {Pool}, its breaker is open until {Until:o}")]
    public static partial void PoolSkipped(ILogger logger, string jobId, int attempt, LaunchPool pool, DateTimeOffset until);

    [LoggerMessage(1203, LogLevel.Warning, "Breaker opened for {Pool} after repeated refusals")]
    public static partial void BreakerOpened(ILogger logger, LaunchPool pool);

    [LoggerMessage(1204, LogLevel.Warning, "EC2 call failed with {ErrorCode}; retry {Retry} in {Delay}")]
    public static partial void Retrying(ILogger logger, string errorCode, int retry, TimeSpan delay);

    [LoggerMessage(1205, LogLevel.Error, "Job {JobId} attempt {Attempt}: launch failed ({Kind}): {Message}")]
    public static partial void LaunchFailed(ILogger logger, string jobId, int attempt, LaunchFailureKind kind, string message);

    [LoggerMessage(1206, LogLevel.Warning, "Could not delete launch template {TemplateName}; it holds no secrets and the next sweep may remove it")]
    public static partial void TemplateCleanupFailed(ILogger logger, Exception exception, string templateName);
}
