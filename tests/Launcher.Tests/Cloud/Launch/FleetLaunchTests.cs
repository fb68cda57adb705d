using Amazon.EC2.Model;
using Spot.CostModel;
using Spot.Launcher.Cloud.Launch;
using Spot.Launcher.Tests.Support;
using static Spot.Launcher.Tests.Cloud.Launch.LaunchTestKit;

namespace Spot.Launcher.Tests.Cloud.Launch;

public sealed class FleetLaunchTests
{
    private static LaunchOptions FleetOptions(int pools = 2) => Options(o => (o.Strategy, o.FleetPoolCount) = (LaunchStrategy.Fleet, pools));

    [Fact]
    public async Task LaunchAsync_with_the_fleet_strategy_launches_one_tagged_IMDSv2_spot_instance_and_removes_its_template()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();

        var result = await CreateLauncher(cloud, FleetOptions()).LaunchAsync(Request("fleet-job", 4),
            [Offering(1, "g4dn.xlarge", "us-east-1a", onDemand: 0.526m), Offering(2, "g4dn.xlarge", "us-east-1b", onDemand: 0.526m)]);

        var instance = await cloud.DescribeAsync(result.InstanceId);
        Assert.Equal("spot", instance.InstanceLifecycle?.Value);
        Assert.Equal("required", instance.MetadataOptions.HttpTokens.Value);
        var tags = instance.Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.Equal(("fleet-job", "4"), (tags[SpotTags.Job], tags[SpotTags.Attempt]));
        Assert.Single(await cloud.TaggedAsync(SpotTags.Job, "fleet-job"));
        var templates = await cloud.Ec2.DescribeLaunchTemplatesAsync(new DescribeLaunchTemplatesRequest());
        Assert.Empty(templates.LaunchTemplates ?? []);
    }

    [Fact]
    public async Task LaunchAsync_with_the_fleet_strategy_reports_a_drained_pool_as_refused_and_lands_in_another()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        await cloud.Admin.DrainPoolAsync("g5.xlarge", "us-east-1a");

        var result = await CreateLauncher(cloud, FleetOptions()).LaunchAsync(Request("fleet-fallback"),
            [Offering(1, "g5.xlarge", "us-east-1a"), Offering(2, "g5.xlarge", "us-east-1b")]);

        Assert.Equal("us-east-1b", result.AvailabilityZone);
        var refused = result.PoolsTried.Single(p => p.Outcome == PoolOutcome.Refused);
        Assert.Equal(("us-east-1a", "InsufficientInstanceCapacity"), (refused.Pool.AvailabilityZone, refused.ErrorCode));
    }

    [Fact]
    public async Task LaunchAsync_with_the_fleet_strategy_for_the_same_attempt_twice_returns_the_same_instance()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        var launcher = CreateLauncher(cloud, FleetOptions());
        var offerings = new[] { Offering(1, "g4dn.xlarge", "us-east-1c", onDemand: 0.526m) };

        var first = await launcher.LaunchAsync(Request("fleet-again", 2), offerings);
        var again = await launcher.LaunchAsync(Request("fleet-again", 2), offerings);

        Assert.Equal(first.InstanceId, again.InstanceId);
        Assert.Single(await cloud.TaggedAsync(SpotTags.Job, "fleet-again"));
    }

    [Fact]
    public async Task LaunchAsync_with_the_fleet_strategy_groups_pools_by_market_and_falls_back_to_on_demand()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        cloud.PinAllSpotCapacity(0);

        var result = await CreateLauncher(cloud, FleetOptions(3)).LaunchAsync(Request("fleet-od"),
            [Offering(1, "g5.xlarge", "us-east-1a"), Offering(2, "g5.xlarge", "us-east-1b"), Offering(3, "g5.xlarge", "us-east-1a", Market.OnDemand, 1.006m)]);

        Assert.Equal(Market.OnDemand, result.Market);
        Assert.Equal(2, result.PoolsTried.Count(p => p.Outcome == PoolOutcome.Refused));
        Assert.Null((await cloud.DescribeAsync(result.InstanceId)).InstanceLifecycle?.Value);
    }
}
