namespace Spot.Launcher.Cloud.Instances;

/// <summary>Lists every instance Spot tagged in one paginated pass; never one call per instance.</summary>
public interface IInstanceProvider
{
    /// <summary>Never throws for cloud errors or timeouts: those come back as a failed poll.</summary>
    Task<InstancePoll> ListAsync(CancellationToken cancellationToken);

    /// <summary>EC2 calls made since this provider was built.</summary>
    Ec2CallCount TotalCalls { get; }
}
