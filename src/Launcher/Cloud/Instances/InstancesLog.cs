using Microsoft.Extensions.Logging;

namespace Spot.Launcher.Cloud.Instances;

/// <summary>Log lines of the instance watcher and the orphan sweeper (event ids 1300-1349).</summary>
internal static partial class InstancesLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Debug, Message = "Listed {Instances} tagged instances with {DescribeInstancesCalls} DescribeInstances and {SpotRequestCalls} DescribeSpotInstanceRequests calls")]
    public static partial void Listed(ILogger logger, int instances, int describeInstancesCalls, int spotRequestCalls);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Listing instances failed ({ErrorType}: {Error}); this pass is unknown and confirms nothing")]
    public static partial void ListingFailed(ILogger logger, string errorType, string error);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "Watch pass over {Attempts} attempts is unknown: {Failure}")]
    public static partial void PassUnknown(ILogger logger, int attempts, string failure);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Information, Message = "Attempt {Attempt} looks {Condition} ({Evidence}); observation {Observations}, not confirmed yet")]
    public static partial void Suspected(ILogger logger, AttemptKey attempt, ConditionKind condition, string evidence, int observations);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Warning, Message = "Attempt {Attempt} confirmed {Condition} on instance {InstanceId} ({Evidence})")]
    public static partial void Confirmed(ILogger logger, AttemptKey attempt, ConditionKind condition, string instanceId, string evidence);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Warning, Message = "Terminated orphan instance {InstanceId} (spot:job {Job}, spot:attempt {Attempt}, was {State}): no live attempt owns it")]
    public static partial void OrphanTerminated(ILogger logger, string instanceId, string job, string attempt, string state);

    [LoggerMessage(EventId = 1306, Level = LogLevel.Error, Message = "TerminateInstances failed for {Count} orphans ({Error}); the next pass tries again")]
    public static partial void OrphanTerminationFailed(ILogger logger, int count, string error);
}
