using Microsoft.Extensions.Logging;

namespace Spot.LocalCloud;

/// <summary>Every log line of LocalCloud outside S3 (which keeps its own in S3/Log.cs, event ids 31xx).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "EC2 {Action} -> {StatusCode} [{RequestId}]")]
    public static partial void Ec2Call(ILogger logger, string action, int statusCode, string requestId);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "EC2 {Action} -> {StatusCode} {Code}: {Reason} [{RequestId}]")]
    public static partial void Ec2Refused(ILogger logger, string action, int statusCode, string code, string reason, string requestId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "EC2 {Action} failed unexpectedly [{RequestId}]")]
    public static partial void Ec2Failed(ILogger logger, Exception exception, string action, string requestId);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "Instance {InstanceId} launched in {Pool} (spot: {Spot})")]
    public static partial void InstanceLaunched(ILogger logger, string instanceId, Market.PoolKey pool, bool spot);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Instance {InstanceId}: {From} -> {To} {Reason}")]
    public static partial void InstanceStateChanged(ILogger logger, string instanceId, Instances.InstanceState from, Instances.InstanceState to, string reason);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Information, Message = "Instance {InstanceId} booted: process group {ProcessId}, IMDS {Imds}")]
    public static partial void InstanceBooted(ILogger logger, string instanceId, int processId, Uri imds);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Warning, Message = "Instance {InstanceId}: spot interruption ({Reason}), terminating at {Time:O}")]
    public static partial void InterruptionNoticePosted(ILogger logger, string instanceId, Instances.InterruptionReason reason, DateTimeOffset time);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Information, Message = "Instance {InstanceId}: rebalance recommendation at {Time:O}")]
    public static partial void RebalanceRecommended(ILogger logger, string instanceId, DateTimeOffset time);

    [LoggerMessage(EventId = 3015, Level = LogLevel.Error, Message = "Instance {InstanceId} could not boot")]
    public static partial void BootFailed(ILogger logger, Exception exception, string instanceId);

    [LoggerMessage(EventId = 3016, Level = LogLevel.Information, Message = "Instance {InstanceId}: process exited with {ExitCode}")]
    public static partial void ProcessExited(ILogger logger, string instanceId, int exitCode);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Debug, Message = "IMDS {InstanceId} {Method} {Path} -> {StatusCode}")]
    public static partial void ImdsCall(ILogger logger, string instanceId, string method, string path, int statusCode);

    [LoggerMessage(EventId = 3030, Level = LogLevel.Information, Message = "Admin {Method} {Path} -> {StatusCode}")]
    public static partial void AdminCall(ILogger logger, string method, string path, int statusCode);

    [LoggerMessage(EventId = 3040, Level = LogLevel.Information, Message = "Market open: {Pools} pools, market time {MarketTime:O}, clock speed {Speed}x")]
    public static partial void MarketOpened(ILogger logger, int pools, DateTimeOffset marketTime, double speed);

    [LoggerMessage(EventId = 3041, Level = LogLevel.Warning, Message = "Price history rows of types outside the catalog were skipped: {Types}")]
    public static partial void TraceTypesSkipped(ILogger logger, string types);

    [LoggerMessage(EventId = 3042, Level = LogLevel.Error, Message = "Market check failed")]
    public static partial void MarketCheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3050, Level = LogLevel.Information, Message = "LocalCloud up: EC2 {Ec2}, S3 {S3}, data {DataDirectory}")]
    public static partial void HostStarted(ILogger logger, Uri ec2, Uri s3, string dataDirectory);

    [LoggerMessage(EventId = 3051, Level = LogLevel.Information, Message = "LocalCloud stopped; {Instances} instance process(es) killed")]
    public static partial void HostStopped(ILogger logger, int instances);
}
