using Spot.CostModel.Checkpointing;

namespace Spot.CostModel.Tests.Checkpointing;

public class YoungDalyTests
{
    [Fact]
    public void Interval_is_the_square_root_of_twice_cost_times_mtbf()
    {
        // C = 60 s = 1/60 h, M = 30 h: τ = √(2 × 1/60 × 30) = √1 = 1 h.
        Assert.Equal(TimeSpan.FromHours(1), YoungDaly.Interval(TimeSpan.FromSeconds(60), 30));
    }

    [Fact]
    public void Interval_for_a_five_minute_checkpoint_and_a_2_4_hour_mtbf()
    {
        // C = 1/12 h, M = 2.4 h: τ = √(0.4) = 0.632456 h ≈ 37.95 min.
        Assert.Equal(37.947, YoungDaly.Interval(TimeSpan.FromMinutes(5), 2.4).TotalMinutes, 0.001);
    }

    [Fact]
    public void Interval_rejects_a_zero_checkpoint_cost() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => YoungDaly.Interval(TimeSpan.Zero, 30));

    [Fact]
    public void Interval_rejects_an_infinite_mtbf() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => YoungDaly.Interval(TimeSpan.FromMinutes(1), double.PositiveInfinity));
}
