namespace Spot.LocalCloud.Market;

/// <summary>
/// Market time: it starts at <see cref="Origin"/> and runs <see cref="Speed"/> times faster than the inner clock, so a
/// trace day can pass in a minute. Everything EC2 reports (launch times, notices, price history) reads this clock, so
/// billing computed from those timestamps stays consistent whatever the speed. Timers are scaled the same way: a
/// 120 s market delay fires after 120/Speed seconds of the inner clock.
/// </summary>
public sealed class MarketClock : TimeProvider
{
    private readonly DateTimeOffset _innerOrigin;

    public MarketClock(TimeProvider inner, double speed, DateTimeOffset? origin = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (!double.IsFinite(speed) || speed <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "The clock speed must be a finite number above 0.");
        }

        Inner = inner;
        Speed = speed;
        _innerOrigin = inner.GetUtcNow();
        Origin = origin ?? _innerOrigin;
    }

    /// <summary>The real (or test) clock underneath; protocol timeouts such as IMDS token lifetimes use it.</summary>
    public TimeProvider Inner { get; }

    public double Speed { get; }

    /// <summary>The market instant at which this clock was created.</summary>
    public DateTimeOffset Origin { get; }

    public override DateTimeOffset GetUtcNow() => Origin + ToMarket(Inner.GetUtcNow() - _innerOrigin);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(Inner.CreateTimer(callback, state, ToInner(dueTime), ToInner(period)), this);

    /// <summary>How long a market span lasts on the inner clock.</summary>
    public TimeSpan ToInner(TimeSpan market) =>
        market == Timeout.InfiniteTimeSpan || market <= TimeSpan.Zero ? market : TimeSpan.FromTicks(Math.Max(1, (long)(market.Ticks / Speed)));

    private TimeSpan ToMarket(TimeSpan inner) => TimeSpan.FromTicks((long)(inner.Ticks * Speed));

    private sealed class ScaledTimer(ITimer inner, MarketClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.ToInner(dueTime), clock.ToInner(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
