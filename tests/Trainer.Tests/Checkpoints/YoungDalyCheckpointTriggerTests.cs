using Microsoft.Extensions.Time.Testing;
using Spot.Trainer.Checkpoints;

namespace Spot.Trainer.Tests.Checkpoints;

public sealed class YoungDalyCheckpointTriggerTests
{
    private readonly FakeTimeProvider _time = new();

    private static TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(seconds);

    /// <summary>A trigger that has measured these checkpoints, oldest first.</summary>
    private YoungDalyCheckpointTrigger Measured(double mtbf, int window, params (double Stall, double Persist)[] costs)
    {
        var trigger = new YoungDalyCheckpointTrigger(Seconds(mtbf), _time, costWindow: window);
        for (int i = 0; i < costs.Length; i++)
        {
            trigger.OnSnapshotTaken(10 * (i + 1), Seconds(costs[i].Stall));
            trigger.OnPersisted(10 * (i + 1), Seconds(costs[i].Persist));
        }
        return trigger;
    }

    [Theory]
    // sqrt(2 * 2 * 3600) = sqrt(14400) = 120
    [InlineData(2.0, 3600.0, 120.0)]
    // sqrt(2 * 0.5 * 100) = sqrt(100) = 10
    [InlineData(0.5, 100.0, 10.0)]
    // sqrt(2 * 8 * 6400) = sqrt(102400) = 320
    [InlineData(8.0, 6400.0, 320.0)]
    public void OptimalInterval_is_the_square_root_of_twice_cost_times_MTBF(double cost, double mtbf, double expected)
    {
        Assert.Equal(expected, YoungDalyCheckpointTrigger.OptimalInterval(Seconds(cost), Seconds(mtbf)).TotalSeconds, precision: 9);
    }

    [Theory]
    // A stable pool: the one-minute cap applies.
    [InlineData(3600.0, 60.0)]
    // An unstable pool (MTBF two minutes): a tenth of it, 12 s.
    [InlineData(120.0, 12.0)]
    public void First_interval_before_any_measurement_is_one_minute_or_a_tenth_of_the_MTBF_whichever_is_shorter(double mtbf, double expected)
    {
        var trigger = new YoungDalyCheckpointTrigger(Seconds(mtbf), _time);

        Assert.Equal(Seconds(expected), trigger.Interval);
    }

    [Fact]
    public void A_snapshot_alone_does_not_change_the_interval_until_its_persist_is_measured_too()
    {
        var trigger = new YoungDalyCheckpointTrigger(Seconds(3600), _time);

        trigger.OnSnapshotTaken(10, Seconds(0.5));

        Assert.Equal(Seconds(60), trigger.Interval);
    }

    [Fact]
    public void Measured_stall_plus_persist_sets_the_interval_and_the_next_checkpoint_falls_due_then()
    {
        var trigger = new YoungDalyCheckpointTrigger(Seconds(3600), _time);
        trigger.Begin(0);

        // C = 0.5 s stall + 1.5 s persist = 2 s; sqrt(2 * 2 * 3600) = 120 s.
        trigger.OnSnapshotTaken(10, Seconds(0.5));
        trigger.OnPersisted(10, Seconds(1.5));
        _time.Advance(Seconds(119));
        bool before = trigger.ShouldCheckpoint(11);
        _time.Advance(Seconds(1));
        bool at = trigger.ShouldCheckpoint(12);

        Assert.Equal(Seconds(120), trigger.Interval);
        Assert.False(before);
        Assert.True(at);
    }

    [Fact]
    public void One_slow_persist_moves_the_median_cost_not_the_mean()
    {
        var trigger = Measured(3600, window: 5, (0.5, 1.5), (0.5, 97.5), (0.5, 1.5));

        // Median persist 1.5 s, median stall 0.5 s: C = 2 s, interval 120 s (the mean persist, 33.5 s, would give
        // sqrt(2 * 34 * 3600) = 494.8 s). The last persist (1.5 s) is no floor here.
        Assert.Equal(120, trigger.Interval.TotalSeconds, precision: 9);
    }

    [Fact]
    public void The_interval_never_drops_below_the_last_persist_so_snapshots_cannot_queue_up()
    {
        var trigger = Measured(100, window: 5, (0.1, 0.4), (0.1, 0.4), (0.1, 30.0));

        // Median C = 0.1 + 0.4 = 0.5 s gives sqrt(2 * 0.5 * 100) = 10 s, but the last persist took 30 s.
        Assert.Equal(Seconds(30), trigger.Interval);
    }

    [Fact]
    public void Costs_older_than_the_window_no_longer_count()
    {
        var trigger = Measured(3600, window: 2, (50.0, 50.0), (0.5, 1.5), (0.5, 1.5));

        // Only the last two (0.5 + 1.5 = 2 s each) remain: sqrt(2 * 2 * 3600) = 120 s.
        Assert.Equal(120, trigger.Interval.TotalSeconds, precision: 9);
    }

    [Fact]
    public void A_rebalance_request_checkpoints_at_once_whatever_the_interval()
    {
        var trigger = new YoungDalyCheckpointTrigger(Seconds(3600), _time);
        trigger.Begin(0);

        trigger.RequestSoon();

        Assert.True(trigger.ShouldCheckpoint(1));
        Assert.False(trigger.ShouldCheckpoint(2));
    }

    [Fact]
    public void A_non_positive_MTBF_is_refused_naming_the_argument()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new YoungDalyCheckpointTrigger(TimeSpan.Zero, _time));

        Assert.Equal("mtbf", error.ParamName);
    }
}
