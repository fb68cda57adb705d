namespace Spot.Launcher.Cloud.Instances;

/// <summary>
/// The outcome of one listing: a snapshot, or the reason there is none. A failed or timed-out poll is "unknown":
/// it says nothing about any instance, so nothing may be concluded from it.
/// </summary>
public sealed record InstancePoll(InstanceSnapshot? Snapshot, string? Failure, Ec2CallCount Calls)
{
    public bool Succeeded => Snapshot is not null;

    public static InstancePoll Of(InstanceSnapshot snapshot) => new(snapshot, null, snapshot.Calls);

    public static InstancePoll Failed(string failure, Ec2CallCount calls) => new(null, failure, calls);
}
