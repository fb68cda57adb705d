namespace Spot.Launcher.Cloud.Instances;

/// <summary>
/// One instance as a DescribeInstances page showed it: what the watcher and the orphan sweeper need, nothing more.
/// <see cref="Owner"/> is null when the spot:attempt tag is absent or not a number (still Spot's, never a live attempt's).
/// </summary>
public sealed record ObservedInstance(
    string InstanceId,
    string State,
    string? StateReasonCode,
    string? StateReasonMessage,
    string Job,
    AttemptKey? Owner,
    string InstanceType,
    string AvailabilityZone,
    DateTimeOffset? LaunchTime,
    string? SpotRequestId)
{
    public bool IsSpot => SpotRequestId is not null;

    /// <summary>Pending or running: the instance holds capacity and may run the trainer.</summary>
    public bool IsLive => State is Ec2InstanceStates.Pending or Ec2InstanceStates.Running;

    /// <summary>Shutting down or gone: terminating it again changes nothing.</summary>
    public bool IsTerminating => State is Ec2InstanceStates.ShuttingDown or Ec2InstanceStates.Terminated;
}
