namespace Spot.CostModel.Deadline;

/// <summary>What a deadline policy asks for during the next decision interval.</summary>
public enum DeadlineAction
{
    /// <summary>Run nothing and keep the slack.</summary>
    Wait,
    Spot,
    OnDemand,
}
