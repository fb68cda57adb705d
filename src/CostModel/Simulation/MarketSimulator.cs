using Spot.CostModel.Deadline;

namespace Spot.CostModel.Simulation;

/// <summary>
/// Replays an availability trace tick by tick for one job and one policy. A spot instance runs while its pool stays
/// available and is lost at the first tick that is not; work since the last durable checkpoint is lost with it. Every
/// start pays the restart overhead before it makes progress, and time is charged at the price of whatever runs, up to
/// the second the job finishes. Decisions go through <see cref="DeadlineGuard"/>.
/// </summary>
public static class MarketSimulator
{
    public static SimulationResult Run(AvailabilityTrace trace, int startTick, DeadlineJob job, IDeadlinePolicy policy)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startTick);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(startTick, trace.Length);
        var tick = trace.TickHours;
        var deadlineTicks = (int)Math.Ceiling(job.DeadlineHours / tick - 1e-9);
        var running = DeadlineAction.Wait;
        double done = 0, pending = 0, cost = 0, spotHours = 0, onDemandHours = 0, lost = 0, overheadPaid = 0;
        int starts = 0, preemptions = 0;

        for (var i = 0; ; i++)
        {
            var elapsed = i * tick;
            if (done >= job.WorkHours - 1e-12)
                return Result(true, elapsed);
            if (i >= deadlineTicks || startTick + i >= trace.Length)
                return Result(false, null);

            var available = trace.IsAvailable(startTick + i);
            if (running == DeadlineAction.Spot && !available)
            {
                var durable = job.DurableOf(done);
                lost += done - durable;
                done = durable;
                running = DeadlineAction.Wait;
                pending = 0;
                preemptions++;
            }

            var state = new DeadlineState(elapsed, job.WorkHours - done, job.WorkHours - job.DurableOf(done), running, pending, available, tick);
            var action = DeadlineGuard.Enforce(job, state, policy.Decide(state));
            if (action != running)
            {
                running = action;
                pending = action == DeadlineAction.Wait ? 0 : job.RestartOverheadHours;
                if (action != DeadlineAction.Wait) starts++;
            }

            if (running == DeadlineAction.Wait) continue;
            var overhead = Math.Min(tick, pending);
            var work = Math.Min(tick - overhead, job.WorkHours - done);
            var used = overhead + work;
            pending -= overhead;
            overheadPaid += overhead;
            done += work;
            cost += used * job.PriceOf(running);
            if (running == DeadlineAction.Spot) spotHours += used;
            else onDemandHours += used;
            if (done >= job.WorkHours - 1e-12)
                return Result(true, elapsed + used);
        }

        SimulationResult Result(bool finished, double? at) => new(
            policy.Name, cost, finished && at <= job.DeadlineHours + 1e-9, at, spotHours, onDemandHours, starts, preemptions, lost)
        {
            OverheadHours = overheadPaid + lost,
        };
    }
}
