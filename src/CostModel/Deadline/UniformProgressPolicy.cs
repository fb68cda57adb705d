namespace Spot.CostModel.Deadline;

/// <summary>
/// A plain reading of Uniform Progress ("Can't Be Late", NSDI'24): keep progress on the straight line from nothing at
/// the start to all the work at the deadline. Spot when it can be had; during an outage, on-demand while behind the
/// line and waiting while ahead of it.
/// </summary>
public sealed class UniformProgressPolicy(DeadlineJob job) : IDeadlinePolicy
{
    public string Name => "uniform-progress";

    public DeadlineAction Decide(in DeadlineState state)
    {
        if (state.SpotAvailable) return DeadlineAction.Spot;
        var expected = job.WorkHours * state.ElapsedHours / job.DeadlineHours;
        var done = job.WorkHours - state.RemainingWorkHours;
        return done < expected ? DeadlineAction.OnDemand : DeadlineAction.Wait;
    }
}
