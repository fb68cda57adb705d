using Microsoft.Extensions.Time.Testing;
using Spot.CostModel;
using Spot.Launcher.Cloud.Launch;

namespace Spot.Launcher.Tests.Cloud.Launch;

public sealed class PoolCircuitBreakerTests
{
    private static readonly LaunchPool Pool = new("g5.xlarge", "us-east-1a", Market.Spot);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));

    private PoolCircuitBreaker CreateSut() => new(new LaunchOptions
    {
        ImageId = "ami-1",
        BreakerFailureThreshold = 3,
        BreakerWindow = TimeSpan.FromMinutes(15),
        BreakerDuration = TimeSpan.FromMinutes(10),
    }, _time);

    [Fact]
    public void RecordFailure_opens_the_pool_for_the_break_duration_at_the_threshold()
    {
        var sut = CreateSut();

        Assert.False(sut.RecordFailure(Pool));
        Assert.False(sut.RecordFailure(Pool));
        Assert.Null(sut.OpenUntil(Pool));
        Assert.True(sut.RecordFailure(Pool));

        Assert.Equal(_time.GetUtcNow().AddMinutes(10), sut.OpenUntil(Pool));
        Assert.Null(sut.OpenUntil(Pool with { AvailabilityZone = "us-east-1b" }));
        Assert.Null(sut.OpenUntil(Pool with { Market = Market.OnDemand }));
    }

    [Fact]
    public void RecordFailure_forgets_failures_older_than_the_window()
    {
        var sut = CreateSut();
        sut.RecordFailure(Pool);
        sut.RecordFailure(Pool);
        _time.Advance(TimeSpan.FromMinutes(16));

        Assert.False(sut.RecordFailure(Pool));
        Assert.Null(sut.OpenUntil(Pool));
    }

    [Fact]
    public void OpenUntil_lets_one_probe_through_after_the_break_and_a_refused_probe_reopens_at_once()
    {
        var sut = CreateSut();
        for (var i = 0; i < 3; i++)
        {
            sut.RecordFailure(Pool);
        }

        _time.Advance(TimeSpan.FromMinutes(10));
        Assert.Null(sut.OpenUntil(Pool));

        Assert.True(sut.RecordFailure(Pool));
        Assert.Equal(_time.GetUtcNow().AddMinutes(10), sut.OpenUntil(Pool));
    }

    [Fact]
    public void RecordSuccess_closes_the_pool_and_clears_its_failures()
    {
        var sut = CreateSut();
        sut.RecordFailure(Pool);
        sut.RecordFailure(Pool);
        sut.RecordSuccess(Pool);

        Assert.False(sut.RecordFailure(Pool));
        Assert.Null(sut.OpenUntil(Pool));
    }
}
