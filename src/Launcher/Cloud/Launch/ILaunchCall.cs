namespace Spot.Launcher.Cloud.Launch;

/// <summary>
/// One way of asking EC2 for one instance over a group of pools (one pool for RunInstances, several for a fleet).
/// A definite refusal of a pool comes back in <see cref="CallOutcome.Refusals"/>; anything else is thrown.
/// </summary>
internal interface ILaunchCall
{
    /// <summary>How many pools one call covers; all of them share one market.</summary>
    int PoolsPerCall { get; }

    Task<CallOutcome> LaunchAsync(LaunchRequest request, IReadOnlyList<PoolChoice> pools, CancellationToken cancellationToken);
}

/// <summary>A pool EC2 said no to, with its code and message.</summary>
internal sealed record PoolRefusal(PoolChoice Choice, string ErrorCode, string Message);

/// <summary>The instance a call launched (if any), the token it used, and the pools it was refused in.</summary>
internal sealed record CallOutcome(string ClientToken, string? InstanceId, PoolChoice? LaunchedIn, string? AvailabilityZone, IReadOnlyList<PoolRefusal> Refusals)
{
    public static CallOutcome Refused(string clientToken, params PoolRefusal[] refusals) => new(clientToken, null, null, null, refusals);
}
