namespace Spot.CostModel.Deadline;

/// <summary>
/// Keeps every policy honest: an action is allowed only if, whatever the market does afterwards, switching to
/// on-demand still finishes the job by the deadline. This is what turns a cost heuristic into a guarantee.
/// </summary>
public static class DeadlineGuard
{
    /// <summary>Time the job could still spend making no progress if it moved to on-demand now and stayed there.</summary>
    public static double SlackHours(DeadlineJob job, in DeadlineState state)
    {
        var timeLeft = job.DeadlineHours - state.ElapsedHours;
        var onDemandFinish = state.Running == DeadlineAction.OnDemand
            ? state.RemainingWorkHours + state.PendingOverheadHours
            : state.RemainingWorkHours + job.RestartOverheadHours;
        return timeLeft - onDemandFinish;
    }

    /// <summary>Whether taking <paramref name="action"/> for one interval keeps the deadline reachable.</summary>
    public static bool IsSafe(DeadlineJob job, in DeadlineState state, DeadlineAction action)
    {
        var timeLeft = job.DeadlineHours - state.ElapsedHours;
        var interval = state.IntervalHours;
        var restart = job.RestartOverheadHours;
        const double tolerance = 1e-9;
        switch (action)
        {
            case DeadlineAction.OnDemand:
                return SlackHours(job, state) >= -tolerance;
            case DeadlineAction.Wait:
                return state.RemainingWorkHours + restart <= timeLeft - interval + tolerance;
            default:
                if (!state.SpotAvailable) return false;
                var overhead = state.Running == DeadlineAction.Spot ? state.PendingOverheadHours : restart;
                var progress = Math.Max(0, interval - overhead);
                if (progress >= state.RemainingWorkHours) return overhead + state.RemainingWorkHours <= timeLeft + tolerance;
                // Worst case: the spot instance is gone right after this interval, with only durable work kept.
                var done = job.WorkHours - state.RemainingWorkHours + progress;
                var remainingAfter = job.WorkHours - job.DurableOf(done);
                return remainingAfter + restart <= timeLeft - interval + tolerance;
        }
    }

    /// <summary>The policy's wish if it is safe; otherwise the cheapest safe action, or on-demand when none is.</summary>
    public static DeadlineAction Enforce(DeadlineJob job, in DeadlineState state, DeadlineAction wish)
    {
        if (wish == DeadlineAction.Spot && !state.SpotAvailable) wish = DeadlineAction.Wait;
        if (IsSafe(job, state, wish)) return wish;
        if (wish != DeadlineAction.Spot && IsSafe(job, state, DeadlineAction.Spot)) return DeadlineAction.Spot;
        return DeadlineAction.OnDemand;
    }
}
