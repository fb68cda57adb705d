namespace Spot.Launcher.Cloud.Instances;

/// <summary>Recognises one kind of condition from an instance and its spot request; null when it is not that kind.</summary>
public interface IConditionParser
{
    ConditionKind Kind { get; }

    InstanceCondition? Parse(ObservedInstance instance, SpotRequestObservation? spotRequest);
}
