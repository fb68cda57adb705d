using Amazon.Runtime;

namespace Spot.Launcher.Cloud.Instances;

/// <summary>Which exceptions mean "the cloud did not answer usefully" rather than a bug or the caller giving up.</summary>
public static class CloudFailure
{
    /// <summary>
    /// Service and client errors, transport errors and timeouts are cloud failures; a cancellation is one only when
    /// the caller did not ask for it (the SDK's own timeout).
    /// </summary>
    public static bool Is(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        AmazonServiceException or AmazonClientException or HttpRequestException or TimeoutException or IOException => true,
        _ => false,
    };
}
