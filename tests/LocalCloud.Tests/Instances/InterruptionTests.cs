using System.Net;
using System.Text.Json;
using Amazon.EC2.Model;
using Spot.LocalCloud.Instances;
using Spot.LocalCloud.Tests.Hosting;
using Spot.LocalCloud.Tests.Imds;

namespace Spot.LocalCloud.Tests.Instances;

public sealed class InterruptionTests
{
    private const string Sleeper = "echo $$ > pid\nsleep 600\n";

    [Fact]
    public async Task Interruption_posts_the_notice_on_IMDS_then_kills_the_process_when_the_window_ends()
    {
        await using var cloud = await TestCloud.StartAsync();
        var launched = await cloud.LaunchSpotAsync(Sleeper, requireTokens: true);
        var pid = int.Parse(await cloud.WaitForFileAsync(launched.InstanceId, "pid"), System.Globalization.CultureInfo.InvariantCulture);
        using var imds = new ImdsClient(cloud.Local(launched.InstanceId).ImdsEndpoint!);
        var token = await imds.TokenAsync();
        var before = await imds.GetAsync("meta-data/spot/instance-action", token);

        cloud.Time.Advance(TimeSpan.FromSeconds(10));
        await cloud.Host.AdminClient.InterruptAsync(launched.InstanceId);
        await Until.TrueAsync(async () => (await imds.GetAsync("meta-data/spot/instance-action", token)).Status == HttpStatusCode.OK, "the notice");
        var notice = JsonDocument.Parse((await imds.GetAsync("meta-data/spot/instance-action", token)).Body).RootElement;
        var marked = await SpotRequestAsync(cloud, launched.SpotInstanceRequestId);

        Assert.Equal(HttpStatusCode.NotFound, before.Status);
        Assert.Equal("terminate", notice.GetProperty("action").GetString());
        Assert.Equal("2026-03-02T12:02:10Z", notice.GetProperty("time").GetString());
        Assert.Equal("marked-for-termination", marked.Status.Code);
        Assert.True(ProcessTable.IsAlive(pid), "The process must live through the notice window.");

        cloud.Time.Advance(TimeSpan.FromSeconds(120));
        var terminated = await cloud.WaitForStateAsync(launched.InstanceId, "terminated");
        var closed = await SpotRequestAsync(cloud, launched.SpotInstanceRequestId);

        await ProcessTable.WaitUntilGoneAsync(pid);
        Assert.Equal("Server.SpotInstanceTermination", terminated.StateReason.Code);
        Assert.Equal("closed", closed.State.Value);
        Assert.Equal("instance-terminated-no-capacity", closed.Status.Code);
    }

    [Fact]
    public async Task Interruption_after_a_delay_waits_that_long_in_market_time_before_the_notice()
    {
        await using var cloud = await TestCloud.StartAsync();
        var launched = await cloud.LaunchSpotAsync();
        await cloud.WaitForStateAsync(launched.InstanceId, "running");

        await cloud.Host.AdminClient.InterruptAsync(launched.InstanceId, TimeSpan.FromMinutes(5));
        cloud.Time.Advance(TimeSpan.FromMinutes(4));
        var early = cloud.Local(launched.InstanceId).InterruptionTime;
        cloud.Time.Advance(TimeSpan.FromMinutes(1));
        await Until.TrueAsync(() => Task.FromResult(cloud.Local(launched.InstanceId).InterruptionTime is not null), "the notice");

        Assert.Null(early);
        Assert.Equal(TestCloud.Start.AddMinutes(7), cloud.Local(launched.InstanceId).InterruptionTime);
    }

    [Fact]
    public async Task A_price_above_MaxPrice_interrupts_the_instance_as_instance_terminated_by_price()
    {
        await using var cloud = await TestCloud.StartAsync();
        await cloud.Host.AdminClient.SetPriceAsync("g5.xlarge", "us-east-1a", 0.40m);
        var launched = (await cloud.Ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-1", InstanceType = "g5.xlarge", MinCount = 1, MaxCount = 1, Placement = new Placement { AvailabilityZone = "us-east-1a" },
            InstanceMarketOptions = new InstanceMarketOptionsRequest { MarketType = "spot", SpotOptions = new SpotMarketOptions { MaxPrice = "0.45" } },
        })).Reservation.Instances.Single();
        await cloud.WaitForStateAsync(launched.InstanceId, "running");

        await cloud.Host.AdminClient.SetPriceAsync("g5.xlarge", "us-east-1a", 0.50m);
        cloud.Time.Advance(TimeSpan.FromSeconds(120));
        var terminated = await cloud.WaitForStateAsync(launched.InstanceId, "terminated");

        Assert.Equal("Server.SpotInstanceTermination", terminated.StateReason.Code);
        Assert.Equal("instance-terminated-by-price", (await SpotRequestAsync(cloud, launched.SpotInstanceRequestId)).Status.Code);
    }

    [Fact]
    public async Task Capacity_falling_below_the_running_count_interrupts_the_newest_instances_only()
    {
        await using var cloud = await TestCloud.StartAsync();
        var older = await cloud.LaunchSpotAsync();
        var newer = await cloud.LaunchSpotAsync();
        await cloud.WaitForStateAsync(newer.InstanceId, "running");

        await cloud.Host.AdminClient.SetSpotCapacityAsync("g5.xlarge", "us-east-1a", 1);
        cloud.Time.Advance(TimeSpan.FromSeconds(120));
        await cloud.WaitForStateAsync(newer.InstanceId, "terminated");

        Assert.Equal("running", (await cloud.DescribeAsync(older.InstanceId)).State.Name.Value);
        Assert.Equal("instance-terminated-no-capacity", (await SpotRequestAsync(cloud, newer.SpotInstanceRequestId)).Status.Code);
    }

    [Fact]
    public async Task Interrupting_an_on_demand_instance_is_refused_by_the_admin_api()
    {
        await using var cloud = await TestCloud.StartAsync();
        var onDemand = (await cloud.Ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-1", InstanceType = "g5.xlarge", MinCount = 1, MaxCount = 1 })).Reservation.Instances.Single();

        var error = await Assert.ThrowsAsync<Spot.LocalCloud.Admin.LocalCloudAdminException>(() => cloud.Host.AdminClient.InterruptAsync(onDemand.InstanceId, reason: InterruptionReason.Price));

        Assert.Contains("409", error.Message);
    }

    private static async Task<SpotInstanceRequest> SpotRequestAsync(TestCloud cloud, string id) =>
        (await cloud.Ec2.DescribeSpotInstanceRequestsAsync(new DescribeSpotInstanceRequestsRequest { SpotInstanceRequestIds = [id] })).SpotInstanceRequests.Single();
}
