using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>
/// The Polly pipeline around every EC2 launch call: throttling and unknown outcomes are retried with exponential,
/// jittered backoff on the given clock. Only the same request is retried, so its ClientToken keeps it idempotent.
/// </summary>
internal static class LaunchRetryPipeline
{
    public static ResiliencePipeline Create(LaunchOptions options, TimeProvider timeProvider, ILogger logger)
    {
        if (options.MaxRetries == 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } error && IsRetryable(error, args.Context.CancellationToken)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                MaxRetryAttempts = options.MaxRetries,
                OnRetry = args =>
                {
                    LaunchLog.Retrying(logger, CodeOf(args.Outcome.Exception), args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            })
            .Build();
    }

    public static string CodeOf(Exception? error) => error switch
    {
        AmazonServiceException { ErrorCode: { } code } => code,
        Ec2CallException { ErrorCode: { } code } => code,
        null => "none",
        _ => error.GetType().Name,
    };

    private static bool IsRetryable(Exception error, CancellationToken token) =>
        Ec2ErrorClassifier.Classify(error, token) is Ec2ErrorClass.Throttled or Ec2ErrorClass.Transient;
}
