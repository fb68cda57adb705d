using System.Net;
using System.Net.Sockets;
using Amazon.EC2;
using Amazon.Runtime;
using Microsoft.Extensions.Time.Testing;
using Spot.Launcher.Cloud.Instances;
using Spot.Launcher.Tests.Support;

namespace Spot.Launcher.Tests.Cloud.Instances;

public class InstanceProviderTests
{
    [Fact]
    public async Task ListAsync_reads_every_page_and_leaves_untagged_instances_out_when_Spots_instances_span_three_pages()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        var spot = await TaggedLaunch.SpotAsync(cloud.Ec2, "job-a", 1, count: 6);
        var onDemand = await TaggedLaunch.OnDemandAsync(cloud.Ec2, "job-b", 1, count: 6);
        var untagged = await TaggedLaunch.UntaggedAsync(cloud.Ec2);
        var provider = WatchSetup.Provider(cloud, new InstancesOptions { PageSize = 5 });

        var poll = await provider.ListAsync(CancellationToken.None);

        var snapshot = Assert.IsType<InstanceSnapshot>(poll.Snapshot);
        Assert.Equal(spot.Concat(onDemand).Order(StringComparer.Ordinal), snapshot.Instances.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(untagged, snapshot.Instances.Keys);

        // 12 tagged instances at 5 a page: 5 + 5 + 2. Live spot instances add one query for notices.
        Assert.Equal(new Ec2CallCount(3, 1), snapshot.Calls);
        Assert.Equal(snapshot.Calls, provider.TotalCalls);
    }

    [Fact]
    public async Task ListAsync_maps_state_tags_pool_and_spot_request_of_each_instance()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        var id = (await TaggedLaunch.SpotAsync(cloud.Ec2, "job-m", 7, zone: "us-east-1b")).Single();
        await cloud.WaitForStateAsync(id, "running");

        var poll = await WatchSetup.Provider(cloud).ListAsync(CancellationToken.None);

        var instance = poll.Snapshot!.Find(id)!;
        Assert.Equal(Ec2InstanceStates.Running, instance.State);
        Assert.Equal(new AttemptKey("job-m", 7), instance.Owner);
        Assert.Equal(("g5.xlarge", "us-east-1b"), (instance.InstanceType, instance.AvailabilityZone));
        Assert.StartsWith("sir-", instance.SpotRequestId, StringComparison.Ordinal);
        Assert.Equal(LocalCloudFixture.Start, instance.LaunchTime);
    }

    [Fact]
    public async Task ListAsync_returns_a_failed_poll_instead_of_throwing_when_EC2_refuses_the_call()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        await TaggedLaunch.SpotAsync(cloud.Ec2, "job-t", 1);
        await cloud.Admin.ThrottleEc2Async(1);

        var poll = await WatchSetup.Provider(cloud).ListAsync(CancellationToken.None);

        Assert.False(poll.Succeeded);
        Assert.Contains("AmazonEC2Exception", poll.Failure, StringComparison.Ordinal);
        Assert.Equal(new Ec2CallCount(1, 0), poll.Calls);
    }

    [Fact]
    public async Task ListAsync_returns_a_failed_poll_when_DescribeInstances_gets_no_answer_within_the_call_timeout()
    {
        // A loopback server that accepts connections and never answers: the call can only end by timing out.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        using var ec2 = new AmazonEC2Client(new BasicAWSCredentials("test", "test"), new AmazonEC2Config
        {
            ServiceURL = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/",
            AuthenticationRegion = "us-east-1",
            MaxErrorRetry = 0,
            Timeout = TimeSpan.FromMinutes(5),
        });
        var time = new FakeTimeProvider(Observed.At);
        var options = new InstancesOptions { CallTimeout = TimeSpan.FromSeconds(20) };
        var provider = new InstanceProvider(ec2, options, time, Microsoft.Extensions.Logging.Abstractions.NullLogger<InstanceProvider>.Instance);

        var listing = provider.ListAsync(CancellationToken.None);
        time.Advance(options.CallTimeout);
        var poll = await listing;

        Assert.False(poll.Succeeded);
        Assert.Contains("TimeoutException", poll.Failure, StringComparison.Ordinal);
    }
}
