namespace Spot.Launcher.Cloud.Instances;

/// <summary>EC2's instance-state-name values, and the status codes AWS uses to say why an instance went away.</summary>
public static class Ec2InstanceStates
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string ShuttingDown = "shutting-down";
    public const string Terminated = "terminated";
    public const string Stopping = "stopping";
    public const string Stopped = "stopped";

    /// <summary>Every state, so the listing also sees instances that have just gone (their StateReason says why).</summary>
    public static IReadOnlyList<string> All { get; } = [Pending, Running, ShuttingDown, Terminated, Stopping, Stopped];
}

/// <summary>StateReason codes (instance) and status codes (spot request) that decide how a loss is classified.</summary>
public static class AwsReasonCodes
{
    public const string SpotInstanceTermination = "Server.SpotInstanceTermination";
    public const string UserInitiatedShutdown = "Client.UserInitiatedShutdown";
    public const string InstanceInitiatedShutdown = "Client.InstanceInitiatedShutdown";

    public const string TerminatedByPrice = "instance-terminated-by-price";
    public const string TerminatedNoCapacity = "instance-terminated-no-capacity";
    public const string MarkedForTermination = "marked-for-termination";
}
