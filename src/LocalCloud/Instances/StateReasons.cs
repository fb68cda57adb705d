namespace Spot.LocalCloud.Instances;

/// <summary>An instance's stateReason: a code and a message, as AWS words them.</summary>
public sealed record StateReason(string Code, string Message)
{
    public static readonly StateReason SpotTermination = new("Server.SpotInstanceTermination", "Server.SpotInstanceTermination: Spot instance termination");
    public static readonly StateReason UserShutdown = new("Client.UserInitiatedShutdown", "Client.UserInitiatedShutdown: User initiated shutdown");
    public static readonly StateReason InstanceShutdown = new("Client.InstanceInitiatedShutdown", "Client.InstanceInitiatedShutdown: Instance initiated shutdown");
}
