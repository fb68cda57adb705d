namespace Spot.CostModel.Deadline;

/// <summary>The baseline every saving is measured against: on-demand from start to finish.</summary>
public sealed class OnDemandOnlyPolicy : IDeadlinePolicy
{
    public string Name => "on-demand";

    public DeadlineAction Decide(in DeadlineState state) => DeadlineAction.OnDemand;
}
