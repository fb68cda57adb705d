using Microsoft.Extensions.Time.Testing;
using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Tests.Market;

public sealed class MarketClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MarketClock_at_1440x_passes_a_trace_day_in_one_inner_minute()
    {
        var inner = new FakeTimeProvider(Start);
        var clock = new MarketClock(inner, 1440, Start.AddYears(-3));

        inner.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(Start.AddYears(-3).AddDays(1), clock.GetUtcNow());
    }

    [Fact]
    public void MarketClock_timer_fires_after_the_market_delay_divided_by_the_speed()
    {
        var inner = new FakeTimeProvider(Start);
        var clock = new MarketClock(inner, 60);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(2), Timeout.InfiniteTimeSpan);

        inner.Advance(TimeSpan.FromSeconds(1.9));
        var early = fired;
        inner.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal(0, early);
        Assert.Equal(1, fired);
    }

    [Fact]
    public void MarketClock_starts_at_the_inner_time_when_no_origin_is_given()
    {
        var clock = new MarketClock(new FakeTimeProvider(Start), 10);

        Assert.Equal(Start, clock.GetUtcNow());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void MarketClock_rejects_a_speed_that_is_not_a_positive_number(double speed)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MarketClock(new FakeTimeProvider(), speed));

        Assert.Equal("speed", error.ParamName);
    }
}
