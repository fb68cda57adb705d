namespace Spot.CostModel.Deadline;

/// <summary>
/// Spot's own deadline policy: Uniform Progress, with two changes that close most of its gap to the omniscient optimum.
/// <list type="bullet">
/// <item>A share of the slack may be spent up front, so an outage early in the job is waited out instead of bought
/// back on on-demand that later spot capacity would have made unnecessary.</item>
/// <item>Once on on-demand it stays there until spot returns. A plain reading of the rule flips between on-demand and
/// waiting around the progress line every tick, paying a restart each time.</item>
/// </list>
/// Spot is always taken when it can be had; <see cref="DeadlineGuard"/> still has the last word.
/// </summary>
public sealed class SpotDeadlinePolicy : IDeadlinePolicy
{
    /// <summary>Default share of the slack that may be spent waiting before the progress line applies.</summary>
    public const double DefaultUpFrontSlackShare = 0.25;

    private readonly DeadlineJob _job;
    private readonly double _upFrontShare;

    public SpotDeadlinePolicy(DeadlineJob job, double upFrontSlackShare = DefaultUpFrontSlackShare)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!(upFrontSlackShare is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(upFrontSlackShare), upFrontSlackShare, "The up-front share of the slack must be between 0 and 1.");
        _job = job;
        _upFrontShare = upFrontSlackShare;
    }

    public string Name => "spot";

    public DeadlineAction Decide(in DeadlineState state)
    {
        if (state.SpotAvailable) return DeadlineAction.Spot;
        if (state.Running == DeadlineAction.OnDemand) return DeadlineAction.OnDemand;
        return IdleHours(state) < IdleAllowanceHours(state.ElapsedHours) ? DeadlineAction.Wait : DeadlineAction.OnDemand;
    }

    /// <summary>
    /// How much time without progress the job may have had by now: the up-front share at once, the rest of the slack
    /// spread evenly up to the deadline.
    /// </summary>
    public double IdleAllowanceHours(double elapsedHours)
    {
        var slack = _job.DeadlineHours - _job.WorkHours;
        var upFront = _upFrontShare * slack;
        return Math.Min(slack, upFront + (slack - upFront) * elapsedHours / _job.DeadlineHours);
    }

    private double IdleHours(in DeadlineState state) =>
        state.ElapsedHours - (_job.WorkHours - state.RemainingWorkHours);
}
