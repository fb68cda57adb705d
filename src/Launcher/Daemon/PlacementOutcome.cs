using Spot.CostModel;
using Spot.CostModel.Placement;
using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Daemon;

/// <summary>What placing a job decided: launch on these offerings, wait and try again, or end the job.</summary>
public sealed record PlacementOutcome(PlacementVerdict Verdict, Market? Market, IReadOnlyList<RankedOffering> Offerings, string Reason)
{
    public static PlacementOutcome Launch(Market market, IReadOnlyList<RankedOffering> offerings, string reason) =>
        new(PlacementVerdict.Launch, market, offerings, reason);

    public static PlacementOutcome Wait(string reason) => new(PlacementVerdict.Wait, null, [], reason);

    public static PlacementOutcome End(JobState terminal, string reason) => terminal switch
    {
        JobState.BudgetExhausted => new(PlacementVerdict.BudgetExhausted, null, [], reason),
        JobState.DeadlineMissed => new(PlacementVerdict.DeadlineMissed, null, [], reason),
        _ => new(PlacementVerdict.Failed, null, [], reason),
    };
}

public enum PlacementVerdict
{
    Launch,

    /// <summary>Nothing fits now (no spot capacity under the ceiling, say); the next pass tries again.</summary>
    Wait,
    BudgetExhausted,
    DeadlineMissed,
    Failed,
}
