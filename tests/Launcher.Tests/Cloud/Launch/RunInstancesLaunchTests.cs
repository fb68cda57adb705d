using Amazon.EC2.Model;
using Spot.CostModel;
using Spot.CostModel.Placement;
using Spot.Launcher.Cloud.Launch;
using Spot.Launcher.Tests.Support;
using static Spot.Launcher.Tests.Cloud.Launch.LaunchTestKit;

namespace Spot.Launcher.Tests.Cloud.Launch;

public sealed class RunInstancesLaunchTests
{
    [Fact]
    public async Task LaunchAsync_runs_a_one_time_spot_instance_with_the_ceiling_as_MaxPrice_tags_and_required_IMDSv2()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        await cloud.Admin.SetPriceAsync("g5.xlarge", "us-east-1b", 0.30m);

        // Ceiling: the lower of $0.45/h and 0.5 × on-demand $1.006/h = $0.503/h, so $0.45/h.
        var result = await CreateLauncher(cloud).LaunchAsync(Request("mnist", 2, new BidCeiling(0.45m, 0.5m)), [Offering(1, "g5.xlarge", "us-east-1b")]);

        var instance = await cloud.DescribeAsync(result.InstanceId);
        Assert.Equal(("g5.xlarge", "us-east-1b", Market.Spot, 0.45m), (result.InstanceType, result.AvailabilityZone, result.Market, result.MaxPriceUsdPerHour));
        Assert.Equal(("g5.xlarge", "us-east-1b", "spot"), (instance.InstanceType.Value, instance.Placement.AvailabilityZone, instance.InstanceLifecycle?.Value));
        Assert.Equal("required", instance.MetadataOptions.HttpTokens.Value);
        var tags = instance.Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.Equal(("mnist", "2", "spot-mnist-2"), (tags[SpotTags.Job], tags[SpotTags.Attempt], tags[SpotTags.Name]));
        Assert.Equal(result.ClientToken, instance.ClientToken);
        var spotRequest = (await cloud.Ec2.DescribeSpotInstanceRequestsAsync(new DescribeSpotInstanceRequestsRequest
        {
            SpotInstanceRequestIds = [instance.SpotInstanceRequestId],
        })).SpotInstanceRequests.Single();
        Assert.Equal(0.45m, decimal.Parse(spotRequest.SpotPrice, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("mnist", spotRequest.Tags.Single(t => t.Key == SpotTags.Job).Value);
        Assert.Equal(PoolOutcome.Launched, result.PoolsTried.Single().Outcome);
    }

    [Fact]
    public async Task LaunchAsync_for_the_same_job_and_attempt_twice_returns_the_one_instance_launched_first()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        var launcher = CreateLauncher(cloud);
        var offerings = new[] { Offering(1, "g4dn.xlarge", "us-east-1a", onDemand: 0.526m) };

        var first = await launcher.LaunchAsync(Request("resume-me", 3), offerings);
        var again = await launcher.LaunchAsync(Request("resume-me", 3), offerings);

        Assert.Equal(first.InstanceId, again.InstanceId);
        Assert.Equal(first.ClientToken, again.ClientToken);
        Assert.Single(await cloud.TaggedAsync(SpotTags.Job, "resume-me"));
    }

    [Fact]
    public async Task LaunchAsync_for_the_next_attempt_launches_a_second_instance_with_another_token()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        var launcher = CreateLauncher(cloud);
        var offerings = new[] { Offering(1, "g4dn.xlarge", "us-east-1a", onDemand: 0.526m) };

        var first = await launcher.LaunchAsync(Request("twice", 1), offerings);
        var second = await launcher.LaunchAsync(Request("twice", 2), offerings);

        Assert.NotEqual(first.InstanceId, second.InstanceId);
        Assert.Equal(2, (await cloud.TaggedAsync(SpotTags.Job, "twice")).Count);
    }

    [Fact]
    public async Task LaunchAsync_buys_on_demand_without_spot_market_options_when_the_offering_is_on_demand()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();

        var result = await CreateLauncher(cloud).LaunchAsync(Request("steady"), [Offering(1, "g5.xlarge", "us-east-1c", Market.OnDemand, 1.006m)]);

        var instance = await cloud.DescribeAsync(result.InstanceId);
        Assert.Null(instance.InstanceLifecycle?.Value);
        Assert.Null(instance.SpotInstanceRequestId);
        Assert.Equal(Market.OnDemand, result.Market);
        Assert.Null(result.MaxPriceUsdPerHour);
        Assert.Equal("required", instance.MetadataOptions.HttpTokens.Value);
    }

    [Fact]
    public async Task LaunchAsync_moves_to_the_next_pool_when_the_cheapest_pool_has_no_capacity()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        await cloud.Admin.DrainPoolAsync("g4dn.xlarge", "us-east-1a");

        var result = await CreateLauncher(cloud).LaunchAsync(Request("fallback"),
            [Offering(1, "g4dn.xlarge", "us-east-1a", onDemand: 0.526m), Offering(2, "g4dn.xlarge", "us-east-1b", onDemand: 0.526m)]);

        Assert.Equal("us-east-1b", result.AvailabilityZone);
        var refused = result.PoolsTried[0];
        Assert.Equal((PoolOutcome.Refused, "InsufficientInstanceCapacity", "us-east-1a"), (refused.Outcome, refused.ErrorCode, refused.Pool.AvailabilityZone));
        Assert.Equal(PoolOutcome.Launched, result.PoolsTried[1].Outcome);
        Assert.Single(await cloud.TaggedAsync(SpotTags.Job, "fallback"));
    }

    [Fact]
    public async Task LaunchAsync_moves_to_the_next_pool_when_the_spot_price_is_above_the_ceiling()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        await cloud.Admin.SetPriceAsync("g5.xlarge", "us-east-1a", 0.60m);
        await cloud.Admin.SetPriceAsync("g5.xlarge", "us-east-1b", 0.30m);

        var result = await CreateLauncher(cloud).LaunchAsync(Request("thrifty", ceiling: new BidCeiling(0.5m)),
            [Offering(1, "g5.xlarge", "us-east-1a"), Offering(2, "g5.xlarge", "us-east-1b")]);

        Assert.Equal("SpotMaxPriceTooLow", result.PoolsTried[0].ErrorCode);
        Assert.Equal("us-east-1b", result.AvailabilityZone);
    }

    [Fact]
    public async Task LaunchAsync_fails_with_NoCapacity_naming_every_pool_when_all_pools_are_drained()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        cloud.PinAllSpotCapacity(0);

        var error = await Assert.ThrowsAsync<LaunchFailedException>(() => CreateLauncher(cloud).LaunchAsync(Request("starved"),
            [Offering(1, "g5.xlarge", "us-east-1a"), Offering(2, "g5.xlarge", "us-east-1b")]));

        Assert.Equal(LaunchFailureKind.NoCapacity, error.Kind);
        Assert.True(error.IsRetryable);
        Assert.Equal(2, error.PoolsTried.Count(p => p.Outcome == PoolOutcome.Refused));
        Assert.Contains("g5.xlarge@us-east-1a/spot", error.Message, StringComparison.Ordinal);
        Assert.Contains("g5.xlarge@us-east-1b/spot", error.Message, StringComparison.Ordinal);
        Assert.Empty(await cloud.TaggedAsync(SpotTags.Job, "starved"));
    }
}
