namespace Spot.Launcher.Cloud.Instances;

/// <summary>
/// A live instance whose spot request is marked-for-termination: the notice is out and the instance is still up,
/// checkpointing. Not definitive, since a stale status must not start a recovery on its own.
/// </summary>
public sealed class MarkedForTerminationParser : IConditionParser
{
    public ConditionKind Kind => ConditionKind.Interrupted;

    public InstanceCondition? Parse(ObservedInstance instance, SpotRequestObservation? spotRequest) =>
        instance.IsLive && spotRequest?.StatusCode == AwsReasonCodes.MarkedForTermination
            ? new InstanceCondition(Kind, instance, $"spot request {spotRequest.RequestId} status {spotRequest.StatusCode}", Definitive: false)
            : null;
}
