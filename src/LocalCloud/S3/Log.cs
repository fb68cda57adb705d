using Microsoft.Extensions.Logging;

namespace Spot.LocalCloud.S3;

internal static partial class Log
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "S3 {Operation} {Method} {Resource} -> {StatusCode} [{RequestId}]")]
    public static partial void Served(ILogger logger, string operation, string method, string resource, int statusCode, string requestId);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "S3 {Operation} {Method} {Resource} -> {StatusCode} {Code}: {Reason} [{RequestId}]")]
    public static partial void Refused(ILogger logger, string operation, string method, string resource, int statusCode, string code, string reason, string requestId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "S3 fault injected: {Method} {Resource} -> {StatusCode} {Code} [{RequestId}]")]
    public static partial void FaultInjected(ILogger logger, string method, string resource, int statusCode, string code, string requestId);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Error, Message = "S3 {Operation} {Method} {Resource} failed unexpectedly [{RequestId}]")]
    public static partial void Failed(ILogger logger, Exception exception, string operation, string method, string resource, string requestId);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "S3 {Operation} {Method} {Resource}: the client went away [{RequestId}]")]
    public static partial void Abandoned(ILogger logger, string operation, string method, string resource, string requestId);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Information, Message = "S3 serving data directory {DataDirectory}")]
    public static partial void Started(ILogger logger, string dataDirectory);
}
