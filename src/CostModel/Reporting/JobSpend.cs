using Spot.CostModel.Billing;

namespace Spot.CostModel.Reporting;

/// <summary>One job's spend: the summary, each attempt's bill and work, and the cost curve for the chart.</summary>
/// <param name="Job">The job's name.</param>
/// <param name="Summary">The job's totals.</param>
/// <param name="Attempts">The attempts in attempt order, with their bills.</param>
/// <param name="Series">The cost curve: a point at each attempt's start and end (or as-of instant), in order.</param>
public sealed record JobSpend(
    string Job,
    SpendSummary Summary,
    IReadOnlyList<AttemptWork> Attempts,
    IReadOnlyList<SpendPoint> Series)
{
    public int RunningAttempts => Attempts.Count(a => a.Attempt.IsRunning);
}
