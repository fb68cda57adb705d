using Spot.CostModel;
using Spot.CostModel.Deadline;
using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Daemon;

/// <summary>
/// Picks the market of the next attempt. Spot-only and on-demand-only jobs have no choice. A spot-then-on-demand job
/// without a deadline takes spot while any spot pool is open; with a deadline, CostModel's deadline policy decides,
/// and its guard forces on-demand when another spot loss could no longer be absorbed.
/// </summary>
public static class MarketChooser
{
    public sealed record Choice(Market? Market, string Reason, bool DeadlineLost = false);

    /// <param name="workHours">The whole job's work; null when nothing is known about its speed yet.</param>
    /// <param name="remainingDurableWorkHours">Work not covered by a durable checkpoint.</param>
    public static Choice Choose(JobSpec spec, DateTimeOffset submittedAt, DateTimeOffset? deadline, DateTimeOffset now,
        double? workHours, double? remainingDurableWorkHours, bool spotOpen, decimal spotUsdPerHour,
        decimal onDemandUsdPerHour, TimeSpan restartOverhead)
    {
        if (deadline is { } due && now >= due)
            return new Choice(null, $"the deadline {due:O} has passed", DeadlineLost: true);

        switch (spec.Market)
        {
            case JobMarket.OnDemand:
                return new Choice(Market.OnDemand, "the job runs on on-demand only");
            case JobMarket.Spot:
                return spotOpen ? new Choice(Market.Spot, "the job runs on spot only") : new Choice(null, "no spot pool is open under the job's limits");
        }

        if (deadline is not { } end || workHours is not { } work || remainingDurableWorkHours is not { } remaining)
            return spotOpen
                ? new Choice(Market.Spot, "spot first; on-demand only when no spot pool is open")
                : new Choice(Market.OnDemand, "no spot pool is open, so on-demand");

        var horizon = (end - submittedAt).TotalHours;
        var overhead = restartOverhead.TotalHours;
        if (work + overhead > horizon)
            return new Choice(null, $"{work:0.##} h of work cannot finish in the {horizon:0.##} h to the deadline", DeadlineLost: true);

        var job = new DeadlineJob(work, horizon, overhead, (double)spotUsdPerHour, (double)Math.Max(onDemandUsdPerHour, 0.0001m));
        var state = new DeadlineState((now - submittedAt).TotalHours, remaining, remaining, DeadlineAction.Wait, 0, spotOpen, overhead);
        if (DeadlineGuard.SlackHours(job, state) < 0)
            return new Choice(null, $"even on-demand cannot finish the {remaining:0.##} h left before {end:O}", DeadlineLost: true);

        var wish = new SpotDeadlinePolicy(job).Decide(state);
        var action = DeadlineGuard.Enforce(job, state, wish == DeadlineAction.Wait && spotOpen ? DeadlineAction.Spot : wish);
        return action switch
        {
            DeadlineAction.Spot => new Choice(Market.Spot, $"spot keeps the deadline safe ({DeadlineGuard.SlackHours(job, state):0.##} h of slack)"),
            DeadlineAction.OnDemand => new Choice(Market.OnDemand, $"on-demand: only {DeadlineGuard.SlackHours(job, state):0.##} h of slack left before {end:O}"),
            _ => new Choice(null, "the deadline policy waits for spot capacity"),
        };
    }
}
