namespace Spot.Launcher.Cloud.Instances;

/// <summary>
/// A spot request whose status says the market took the instance (by price or for capacity) while the instance
/// itself is no longer live. Definitive: AWS stated the cause.
/// </summary>
public sealed class SpotRequestTerminationParser : IConditionParser
{
    public ConditionKind Kind => ConditionKind.Interrupted;

    public InstanceCondition? Parse(ObservedInstance instance, SpotRequestObservation? spotRequest) =>
        !instance.IsLive && spotRequest?.StatusCode is AwsReasonCodes.TerminatedByPrice or AwsReasonCodes.TerminatedNoCapacity
            ? new InstanceCondition(Kind, instance, $"spot request {spotRequest.RequestId} status {spotRequest.StatusCode}", Definitive: true)
            : null;
}
