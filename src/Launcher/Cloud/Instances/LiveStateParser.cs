namespace Spot.Launcher.Cloud.Instances;

/// <summary>Pending or running with nothing against it.</summary>
public sealed class LiveStateParser : IConditionParser
{
    public ConditionKind Kind => ConditionKind.Running;

    public InstanceCondition? Parse(ObservedInstance instance, SpotRequestObservation? spotRequest) => instance.State switch
    {
        Ec2InstanceStates.Running => new InstanceCondition(ConditionKind.Running, instance, "state running", Definitive: true),
        Ec2InstanceStates.Pending => new InstanceCondition(ConditionKind.Pending, instance, "state pending", Definitive: true),
        _ => null,
    };
}
