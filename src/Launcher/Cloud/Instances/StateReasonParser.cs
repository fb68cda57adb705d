namespace Spot.Launcher.Cloud.Instances;

/// <summary>
/// Recognises one instance StateReason code. AWS states the cause in it, so what it finds is definitive.
/// One instance per kind of message, as the classifier lists them.
/// </summary>
public sealed class StateReasonParser(string code, ConditionKind kind) : IConditionParser
{
    /// <summary>Server.SpotInstanceTermination: AWS reclaimed the instance.</summary>
    public static StateReasonParser SpotTermination { get; } = new(AwsReasonCodes.SpotInstanceTermination, ConditionKind.Interrupted);

    /// <summary>Client.UserInitiatedShutdown: a client call stopped or terminated it, not AWS.</summary>
    public static StateReasonParser UserShutdown { get; } = new(AwsReasonCodes.UserInitiatedShutdown, ConditionKind.TerminatedByUser);

    /// <summary>
    /// Client.InstanceInitiatedShutdown: the user-data ended and the OS powered off (LocalCloud does the same when the
    /// user-data process exits). The trainer's status in S3 tells success from failure.
    /// </summary>
    public static StateReasonParser InstanceExit { get; } = new(AwsReasonCodes.InstanceInitiatedShutdown, ConditionKind.Exited);

    public ConditionKind Kind => kind;

    public InstanceCondition? Parse(ObservedInstance instance, SpotRequestObservation? spotRequest) =>
        instance.StateReasonCode == code ? new InstanceCondition(kind, instance, $"StateReason {code}", Definitive: true) : null;
}
