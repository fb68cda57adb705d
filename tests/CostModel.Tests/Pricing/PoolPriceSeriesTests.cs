using Spot.CostModel.Pricing;

namespace Spot.CostModel.Tests.Pricing;

public class PoolPriceSeriesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly PoolId Pool = new("p3.2xlarge", "us-east-1a");

    // 1.00 from 00:00, 2.00 from 01:00, 1.50 from 03:00 (given out of order on purpose).
    private static PoolPriceSeries Series() => new(Pool,
    [
        new PricePoint(T0.AddHours(3), 1.50m),
        new PricePoint(T0, 1.00m),
        new PricePoint(T0.AddHours(1), 2.00m),
    ]);

    [Fact]
    public void PriceAt_is_null_before_the_first_record() => Assert.Null(Series().PriceAt(T0.AddSeconds(-1)));

    [Fact]
    public void PriceAt_takes_the_record_stamped_exactly_at_t() => Assert.Equal(2.00m, Series().PriceAt(T0.AddHours(1)));

    [Fact]
    public void PriceAt_holds_the_latest_earlier_price_between_records()
    {
        Assert.Equal(1.00m, Series().PriceAt(T0.AddMinutes(59)));
        Assert.Equal(2.00m, Series().PriceAt(T0.AddHours(2.5)));
        Assert.Equal(1.50m, Series().PriceAt(T0.AddDays(30)));
    }

    [Fact]
    public void Summarize_weighs_prices_by_how_long_they_held()
    {
        // Segments over [00:00, 04:00): 1.00 x 1 h, 2.00 x 2 h, 1.50 x 1 h.
        // Mean = (1.00 + 4.00 + 1.50) / 4 = 1.625. Time at or below 1.00: 25%, 1.50: 50%, 2.00: 100%.
        var stats = Series().Summarize(T0, T0.AddHours(4))!;

        Assert.Equal(1.00m, stats.Min);
        Assert.Equal(2.00m, stats.Max);
        Assert.Equal(1.625m, stats.TimeWeightedMean);
        Assert.Equal(1.50m, stats.P50);
        Assert.Equal(2.00m, stats.P90);
        Assert.Equal(2, stats.Changes);
        Assert.Equal(TimeSpan.FromHours(4), stats.Covered);
    }

    [Fact]
    public void Summarize_starts_from_the_price_in_effect_before_the_window()
    {
        // [00:30, 01:30): 1.00 x 0.5 h, 2.00 x 0.5 h -> mean 1.50, one change, P50 1.00.
        var stats = Series().Summarize(T0.AddMinutes(30), T0.AddMinutes(90))!;

        Assert.Equal(1.50m, stats.TimeWeightedMean);
        Assert.Equal(1.00m, stats.P50);
        Assert.Equal(1, stats.Changes);
    }

    [Fact]
    public void Summarize_covers_only_from_the_first_record_when_history_starts_inside_the_window()
    {
        var stats = Series().Summarize(T0.AddHours(-2), T0.AddHours(1))!;

        Assert.Equal(T0, stats.CoveredFrom);
        Assert.Equal(1.00m, stats.TimeWeightedMean);
        Assert.Equal(0, stats.Changes);
    }

    [Fact]
    public void Summarize_is_null_when_the_window_ends_before_any_record() =>
        Assert.Null(Series().Summarize(T0.AddHours(-3), T0.AddHours(-1)));

    [Fact]
    public void Summarize_rejects_a_window_that_ends_before_it_starts() =>
        Assert.Throws<ArgumentException>(() => Series().Summarize(T0.AddHours(2), T0.AddHours(1)));

    [Fact]
    public void Equal_timestamps_resolve_to_the_higher_price_whatever_the_input_order()
    {
        var series = new PoolPriceSeries(Pool, [new PricePoint(T0, 0.9m), new PricePoint(T0, 0.7m)]);
        Assert.Equal(0.9m, series.PriceAt(T0));
    }
}
