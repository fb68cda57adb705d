using Microsoft.Extensions.Time.Testing;
using Spot.Launcher.Cloud.Launch;
using Spot.Launcher.Tests.Support;
using Spot.LocalCloud.Tests.Hosting;
using static Spot.Launcher.Tests.Cloud.Launch.LaunchTestKit;

namespace Spot.Launcher.Tests.Cloud.Launch;

public sealed class LaunchFaultTests
{
    private const int RetryingEvent = 1204;

    [Fact]
    public async Task LaunchAsync_retries_a_throttled_RunInstances_and_launches_once_throttling_stops()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        var time = new FakeTimeProvider(LocalCloudFixture.Start);
        var logger = new RecordingLogger<Ec2InstanceLauncher>();
        var options = Options(o => (o.RetryBaseDelay, o.RetryMaxDelay) = (TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8)));
        await cloud.Admin.ThrottleEc2Async(1.0);

        var launch = CreateLauncher(cloud, options, time: time, logger: logger).LaunchAsync(Request("throttled"), [Offering(1, "g5.xlarge", "us-east-1a")]);
        await Until.TrueAsync(() => Task.FromResult(logger.Count(RetryingEvent) >= 1), "a throttled call to be retried");
        await cloud.Admin.ThrottleEc2Async(0);
        var result = await AdvanceUntilDoneAsync(time, launch);

        Assert.Contains(logger.Entries, e => e.Id.Id == RetryingEvent && e.Message.Contains("RequestLimitExceeded", StringComparison.Ordinal));
        Assert.Equal(PoolOutcome.Launched, result.PoolsTried.Single().Outcome);
        Assert.Single(await cloud.TaggedAsync(SpotTags.Job, "throttled"));
    }

    [Fact]
    public async Task LaunchAsync_fails_with_RetriesExhausted_and_no_instance_when_throttling_outlasts_the_retries()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        var logger = new RecordingLogger<Ec2InstanceLauncher>();
        await cloud.Admin.ThrottleEc2Async(1.0);

        var error = await Assert.ThrowsAsync<LaunchFailedException>(() => CreateLauncher(cloud, Options(o => o.MaxRetries = 3), time: TimeProvider.System, logger: logger)
            .LaunchAsync(Request("always-throttled"), [Offering(1, "g5.xlarge", "us-east-1a"), Offering(2, "g5.xlarge", "us-east-1b")]));
        await cloud.Admin.ThrottleEc2Async(0);

        Assert.Equal((LaunchFailureKind.RetriesExhausted, "RequestLimitExceeded"), (error.Kind, error.ErrorCode));
        Assert.Equal(3, logger.Count(RetryingEvent));
        Assert.Contains("spot:job=always-throttled", error.Message, StringComparison.Ordinal);

        // The second pool is never tried: the first call's outcome is not known to be a refusal.
        Assert.Equal("us-east-1a", error.PoolsTried.Single().Pool.AvailabilityZone);
        Assert.Empty(await cloud.TaggedAsync(SpotTags.Job, "always-throttled"));
    }

    [Fact]
    public async Task LaunchAsync_fails_fast_naming_the_spot_quota_when_the_account_limit_is_reached()
    {
        await using var cloud = await LocalCloudFixture.StartAsync(o => o.SpotInstanceLimit = 1);
        var launcher = CreateLauncher(cloud);
        var offerings = new[] { Offering(1, "g5.xlarge", "us-east-1a"), Offering(2, "g5.xlarge", "us-east-1b") };
        await launcher.LaunchAsync(Request("first"), offerings);

        var error = await Assert.ThrowsAsync<LaunchFailedException>(() => launcher.LaunchAsync(Request("second"), offerings));

        Assert.Equal((LaunchFailureKind.Quota, "MaxSpotInstanceCountExceeded"), (error.Kind, error.ErrorCode));
        Assert.False(error.IsRetryable);
        Assert.Contains("Spot Instance quota", error.Message, StringComparison.Ordinal);
        Assert.Contains("Service Quotas", error.Message, StringComparison.Ordinal);
        Assert.Equal(PoolOutcome.Failed, error.PoolsTried.Single().Outcome);
    }

    [Fact]
    public async Task LaunchAsync_skips_a_pool_whose_breaker_opened_after_repeated_refusals_and_probes_it_after_the_break()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        var time = new FakeTimeProvider(LocalCloudFixture.Start);
        var options = Options(o => (o.BreakerFailureThreshold, o.BreakerDuration) = (2, TimeSpan.FromMinutes(10)));
        var breakers = new PoolCircuitBreaker(options, time);
        var offerings = new[] { Offering(1, "g5.xlarge", "us-east-1a"), Offering(2, "g5.xlarge", "us-east-1b") };
        await cloud.Admin.DrainPoolAsync("g5.xlarge", "us-east-1a");

        // Two jobs sharing the breakers are refused in 1a; the third does not ask 1a at all.
        var launcher = CreateLauncher(cloud, options, breakers, time);
        await launcher.LaunchAsync(Request("job-a"), offerings);
        await launcher.LaunchAsync(Request("job-b"), offerings);
        var third = await launcher.LaunchAsync(Request("job-c"), offerings);
        await cloud.Admin.SetSpotCapacityAsync("g5.xlarge", "us-east-1a", 5);
        time.Advance(TimeSpan.FromMinutes(10));
        var probe = await launcher.LaunchAsync(Request("job-d"), offerings);

        Assert.Equal(PoolOutcome.SkippedBreakerOpen, third.PoolsTried[0].Outcome);
        Assert.Equal("us-east-1b", third.AvailabilityZone);
        Assert.Equal("us-east-1a", probe.AvailabilityZone);
        Assert.Null(breakers.OpenUntil(new LaunchPool("g5.xlarge", "us-east-1a", CostModel.Market.Spot)));
    }

    /// <summary>Moves the fake clock a second at a time until the launch's backoff pauses have all elapsed.</summary>
    private static async Task<LaunchResult> AdvanceUntilDoneAsync(FakeTimeProvider time, Task<LaunchResult> launch)
    {
        for (var i = 0; i < 3000 && !launch.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(launch, Task.Delay(10));
        }

        // Bounded, so a launch that never ends fails the test instead of hanging the run.
        return await launch.WaitAsync(TimeSpan.FromMinutes(1));
    }
}
