using Microsoft.Extensions.Logging;
using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Store;

/// <summary>The job store's log lines (event ids 1100-1199).</summary>
internal static partial class StoreLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Job store {Database} migrated from schema {From} to {To}")]
    public static partial void Migrated(ILogger logger, string database, int from, int to);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "Job store {Database} opened at schema {Version}")]
    public static partial void Opened(ILogger logger, string database, int version);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Information, Message = "Job {Job} (#{JobId}) submitted")]
    public static partial void JobCreated(ILogger logger, string job, long jobId);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Information, Message = "Job {Job}: {From} -> {To} ({Reason})")]
    public static partial void Transitioned(ILogger logger, string job, JobState from, JobState to, string reason);

    [LoggerMessage(EventId = 1120, Level = LogLevel.Information, Message = "Job {Job} attempt {Attempt} recorded with client token {ClientToken}")]
    public static partial void AttemptCreated(ILogger logger, string job, int attempt, string clientToken);

    [LoggerMessage(EventId = 1121, Level = LogLevel.Information, Message = "Job {Job} attempt {Attempt} closed: {Reason}")]
    public static partial void AttemptClosed(ILogger logger, string job, int attempt, Spot.CostModel.Ledger.AttemptEndReason reason);
}
