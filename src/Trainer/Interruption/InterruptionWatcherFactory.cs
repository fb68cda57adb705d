using Microsoft.Extensions.Logging;

namespace Spot.Trainer.Interruption;

/// <summary>
/// Decides whether this process is on an instance and, if so, starts the watcher after one first poll. Off the
/// cloud (AWS_EC2_METADATA_DISABLED=true, or no endpoint configured and the default one unreachable) there is
/// no watcher, and one log line says so.
/// </summary>
public static class InterruptionWatcherFactory
{
    /// <summary>The AWS SDKs' switch for turning IMDS off.</summary>
    public const string DisabledVariable = "AWS_EC2_METADATA_DISABLED";

    public static async Task<InterruptionWatcher?> StartAsync(IReadOnlyDictionary<string, string> environment, TimeSpan pollInterval,
        TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var endpoint = ImdsEndpoint.FromEnvironment(environment);
        if (environment.TryGetValue(DisabledVariable, out var disabled) && disabled.Trim().Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            Log.ImdsUnavailable(logger, endpoint.Address, $"{DisabledVariable}=true");
            return null;
        }

        var imds = new ImdsClient(endpoint.Address, time);
        if (!endpoint.Configured)
        {
            // Only the link-local default is probed: a configured endpoint that fails is a real fault, retried.
            try
            {
                await imds.GetMetadataAsync("instance-id", cancellationToken);
            }
            catch (HttpRequestException e)
            {
                Log.ImdsUnavailable(logger, endpoint.Address, e.Message);
                imds.Dispose();
                return null;
            }
        }

        var watcher = new InterruptionWatcher(imds, pollInterval, time, logger);
        if (await watcher.PollOnceAsync(cancellationToken) != PollOutcome.Noticed)
            watcher.Start();
        return watcher;
    }
}
