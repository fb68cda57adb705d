using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Tests.Market;

public sealed class SeriesTests
{
    private static readonly TimeSpan H = TimeSpan.FromHours(1);

    private static StepSeries<decimal> Prices() => new([(TimeSpan.Zero, 1.0m), (2 * H, 2.0m), (5 * H, 3.0m)], 6 * H);

    [Fact]
    public void StepSeries_holds_each_value_until_the_next_change_and_replays_after_its_period()
    {
        var series = Prices();

        Assert.Equal(1.0m, series.ValueAt(1.5 * H));
        Assert.Equal(2.0m, series.ValueAt(2 * H));
        Assert.Equal(3.0m, series.ValueAt(5.9 * H));
        Assert.Equal(1.0m, series.ValueAt(6 * H));
        Assert.Equal(2.0m, series.ValueAt(8.5 * H));
    }

    [Fact]
    public void StepSeries_changes_are_led_by_the_change_in_effect_and_continue_across_the_loop()
    {
        var changes = Prices().Changes(3 * H, 8 * H).ToList();

        Assert.Equal([(2 * H, 2.0m), (5 * H, 3.0m), (6 * H, 1.0m), (8 * H, 2.0m)], changes);
    }

    [Fact]
    public void StepSeries_rejects_a_series_that_does_not_start_at_zero()
    {
        var error = Assert.Throws<ArgumentException>(() => new StepSeries<int>([(H, 1)], 2 * H));

        Assert.Contains("offset 0", error.Message);
    }

    [Fact]
    public void PinnedSeries_overrides_the_trace_from_its_offset_and_null_returns_to_the_trace()
    {
        var series = new PinnedSeries<decimal>(Prices());

        series.Pin(H, 9.0m);
        series.Pin(3 * H, null);

        Assert.Equal(1.0m, series.ValueAt(0.5 * H));
        Assert.Equal(9.0m, series.ValueAt(2.5 * H));
        Assert.Equal(2.0m, series.ValueAt(3 * H));
        Assert.Equal([(TimeSpan.Zero, 1.0m), (H, 9.0m), (3 * H, 2.0m), (5 * H, 3.0m)], series.Changes(TimeSpan.Zero, 5 * H));
    }
}
