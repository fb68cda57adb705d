using Microsoft.Extensions.Logging;

namespace Spot.Launcher.Drills.LocalStack;

/// <summary>The LocalStack drill harness's log lines.</summary>
internal static partial class LocalStackDrillLog
{
    [LoggerMessage(EventId = 1901, Level = LogLevel.Information, Message = "Playing the host of {InstanceId}: its user-data runs beside an IMDS stand-in")]
    public static partial void Playing(ILogger logger, string instanceId);

    [LoggerMessage(EventId = 1902, Level = LogLevel.Warning, Message = "A pass over LocalStack's instances failed and will be retried: {Reason}")]
    public static partial void PassFailed(ILogger logger, string reason, Exception exception);

    [LoggerMessage(EventId = 1903, Level = LogLevel.Warning, Message = "Could not terminate {InstanceId} after its user-data ended: {Reason}")]
    public static partial void ShutdownFailed(ILogger logger, string instanceId, string reason, Exception exception);
}
