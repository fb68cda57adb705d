using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Drills;

/// <summary>A named list of faults and the terminal state the job must still reach.</summary>
/// <param name="Expect">Succeeded, BudgetExhausted or DeadlineMissed.</param>
public sealed record DrillPlan(string Name, string Description, IReadOnlyList<DrillFault> Faults, JobState Expect)
{
    /// <summary>The terminal states a plan may expect; the others mean the drill itself failed.</summary>
    public static IReadOnlyList<JobState> Expectable { get; } = [JobState.Succeeded, JobState.BudgetExhausted, JobState.DeadlineMissed];

    /// <summary>How many attempts the faults should end early, so the ledger can be checked against the timeline.</summary>
    public int AttemptEndingFaults => Faults.Count(f => DrillFaultKinds.EndsAttempt(f.Kind));
}
