using Spot.CostModel;
using Spot.Launcher.Cloud.Launch;

namespace Spot.Launcher.Tests.Cloud.Launch;

public sealed class LaunchClientTokenTests
{
    private static readonly LaunchPool PoolA = new("g5.xlarge", "us-east-1a", Market.Spot);

    [Fact]
    public void ForPool_gives_the_same_token_for_the_same_job_attempt_and_pool()
    {
        Assert.Equal(LaunchClientToken.ForPool("job", 1, PoolA), LaunchClientToken.ForPool("job", 1, PoolA));
    }

    [Fact]
    public void ForPool_gives_another_token_for_another_attempt_zone_type_market_or_job()
    {
        var tokens = new[]
        {
            LaunchClientToken.ForPool("job", 1, PoolA),
            LaunchClientToken.ForPool("job", 2, PoolA),
            LaunchClientToken.ForPool("job", 1, PoolA with { AvailabilityZone = "us-east-1b" }),
            LaunchClientToken.ForPool("job", 1, PoolA with { InstanceType = "g4dn.xlarge" }),
            LaunchClientToken.ForPool("job", 1, PoolA with { Market = Market.OnDemand }),
            LaunchClientToken.ForPool("job2", 1, PoolA),
        };

        Assert.Equal(tokens.Length, tokens.Distinct().Count());
    }

    [Fact]
    public void ForFleet_depends_on_the_pool_list_and_stays_within_EC2s_64_characters()
    {
        var longJob = new string('j', 48);
        var one = LaunchClientToken.ForFleet(longJob, 9999, [PoolA]);
        var two = LaunchClientToken.ForFleet(longJob, 9999, [PoolA, PoolA with { AvailabilityZone = "us-east-1b" }]);

        Assert.NotEqual(one, two);
        Assert.NotEqual(one, LaunchClientToken.ForPool(longJob, 9999, PoolA));
        Assert.True(one.Length <= LaunchClientToken.MaxLength, one);
    }
}
