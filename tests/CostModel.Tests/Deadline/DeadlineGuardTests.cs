using Spot.CostModel.Deadline;

namespace Spot.CostModel.Tests.Deadline;

public class DeadlineGuardTests
{
    // 10 h of work due at 12 h, 0.5 h to start, decisions every hour.
    private static readonly DeadlineJob Job = new(10, 12, 0.5, 1, 3);

    private static DeadlineState At(double elapsed, double remaining, DeadlineAction running = DeadlineAction.Wait, bool spot = true, double pending = 0) =>
        new(elapsed, remaining, remaining, running, pending, spot, IntervalHours: 1);

    [Fact]
    public void SlackHours_counts_a_restart_unless_on_demand_is_already_running()
    {
        Assert.Equal(1.5, DeadlineGuard.SlackHours(Job, At(0, 10)), 9);                             // 12 - (10 + 0.5)
        Assert.Equal(2.0, DeadlineGuard.SlackHours(Job, At(0, 10, DeadlineAction.OnDemand)), 9);    // 12 - 10
        Assert.Equal(1.75, DeadlineGuard.SlackHours(Job, At(0, 10, DeadlineAction.OnDemand, pending: 0.25)), 9);
    }

    [Fact]
    public void Waiting_is_safe_only_while_an_interval_of_slack_is_left()
    {
        // 10.5 h of restart and work are needed. At 0.5 h, 11.5 h are left, 10.5 after the hour: just enough.
        Assert.True(DeadlineGuard.IsSafe(Job, At(0.5, 10), DeadlineAction.Wait));
        Assert.False(DeadlineGuard.IsSafe(Job, At(0.6, 10), DeadlineAction.Wait));
    }

    [Fact]
    public void Spot_is_safe_only_if_on_demand_could_still_finish_after_losing_it()
    {
        // Starting spot at 1 h: 0.5 h start + 0.5 h work; then 9.5 h remain with 10 h left, plus 0.5 h to restart: fine.
        Assert.True(DeadlineGuard.IsSafe(Job, At(1, 10), DeadlineAction.Spot));
        // At 1.6 h the same leaves 9.4 h for 10 h of restart and work.
        Assert.False(DeadlineGuard.IsSafe(Job, At(1.6, 10), DeadlineAction.Spot));
        Assert.False(DeadlineGuard.IsSafe(Job, At(0, 10, spot: false), DeadlineAction.Spot));
    }

    [Fact]
    public void Spot_counts_only_checkpointed_work_as_kept()
    {
        // Checkpoints every 2 h of work. Running spot from 4 h done for an hour reaches 5 h, but only 4 h is durable.
        var job = new DeadlineJob(10, 12, 0.5, 1, 3, checkpointIntervalHours: 2);
        var state = new DeadlineState(5.0, 6, 6, DeadlineAction.Spot, 0, true, 1);

        // At 5.0 h: losing spot after the hour leaves 6 h of work and a 0.5 h restart for the 6 h left: unsafe.
        // With every bit of progress durable it would leave 5 h + 0.5 h for 6 h: safe.
        Assert.False(DeadlineGuard.IsSafe(job, state with { ElapsedHours = 5.0 }, DeadlineAction.Spot));
        Assert.True(DeadlineGuard.IsSafe(Job, new DeadlineState(5.0, 6, 6, DeadlineAction.Spot, 0, true, 1), DeadlineAction.Spot));
    }

    [Fact]
    public void Spot_that_finishes_the_job_within_the_interval_is_safe()
    {
        Assert.True(DeadlineGuard.IsSafe(Job, At(11.2, 0.3, DeadlineAction.Spot), DeadlineAction.Spot));
    }

    [Fact]
    public void Enforce_keeps_a_safe_wish_and_otherwise_picks_the_cheapest_safe_action()
    {
        Assert.Equal(DeadlineAction.Wait, DeadlineGuard.Enforce(Job, At(0.5, 10, spot: false), DeadlineAction.Wait));
        Assert.Equal(DeadlineAction.OnDemand, DeadlineGuard.Enforce(Job, At(1.6, 10, spot: false), DeadlineAction.Wait));
        // Spot wished but not there: treated as waiting, which is still safe at 0.5 h.
        Assert.Equal(DeadlineAction.Wait, DeadlineGuard.Enforce(Job, At(0.5, 10, spot: false), DeadlineAction.Spot));
        // Waiting is unsafe at 1 h but spot is safe, and cheaper than on-demand.
        Assert.Equal(DeadlineAction.Spot, DeadlineGuard.Enforce(Job, At(1, 10), DeadlineAction.Wait));
    }
}
