namespace Spot.CostModel.Deadline;

/// <summary>
/// Spot whenever it can be had, otherwise wait; the guard moves it to on-demand only when waiting longer would miss the
/// deadline. It spends its slack early, so late spot capacity finds it stuck on on-demand.
/// </summary>
public sealed class GreedyPolicy : IDeadlinePolicy
{
    public string Name => "greedy";

    public DeadlineAction Decide(in DeadlineState state) =>
        state.SpotAvailable ? DeadlineAction.Spot : DeadlineAction.Wait;
}
