using Spot.Launcher.Cloud.Instances;
using Spot.Launcher.Tests.Support;

namespace Spot.Launcher.Tests.Cloud.Instances;

public class OrphanSweeperTests
{
    [Fact]
    public async Task SweepAsync_terminates_the_orphan_and_leaves_the_live_attempt_and_the_untagged_instance_running()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        var live = (await TaggedLaunch.SpotAsync(cloud.Ec2, "job-o", 1)).Single();
        var orphan = (await TaggedLaunch.SpotAsync(cloud.Ec2, "job-o", 2)).Single();
        var untagged = await TaggedLaunch.UntaggedAsync(cloud.Ec2);
        await cloud.WaitForStateAsync(untagged, "running");
        var attempts = new[] { new WatchedAttempt(new AttemptKey("job-o", 1), live) };
        var poll = await WatchSetup.Provider(cloud).ListAsync(CancellationToken.None);

        var sweep = await WatchSetup.Sweeper(cloud).SweepAsync(poll.Snapshot!, attempts, CancellationToken.None);

        Assert.Equal(orphan, Assert.Single(sweep.Terminated).InstanceId);
        Assert.Equal(1, sweep.TerminateCalls);
        await cloud.WaitForStateAsync(orphan, "terminated");
        Assert.Equal("running", (await cloud.DescribeAsync(live)).State.Name.Value);
        Assert.Equal("running", (await cloud.DescribeAsync(untagged)).State.Name.Value);
    }

    [Fact]
    public async Task SweepAsync_makes_one_TerminateInstances_call_per_batch()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        var orphans = await TaggedLaunch.OnDemandAsync(cloud.Ec2, "job-gone", 4, count: 3);
        var poll = await WatchSetup.Provider(cloud).ListAsync(CancellationToken.None);

        var sweep = await WatchSetup.Sweeper(cloud, new InstancesOptions { TerminateBatchSize = 2 }).SweepAsync(poll.Snapshot!, [], CancellationToken.None);

        Assert.Equal(2, sweep.TerminateCalls);
        Assert.Equal(orphans.Order(StringComparer.Ordinal), sweep.Terminated.Select(o => o.InstanceId));
    }

    [Fact]
    public async Task SweepAsync_reports_the_orphans_it_could_not_terminate_when_EC2_refuses()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        var orphan = (await TaggedLaunch.SpotAsync(cloud.Ec2, "job-x", 1)).Single();
        var poll = await WatchSetup.Provider(cloud).ListAsync(CancellationToken.None);
        await cloud.Admin.ThrottleEc2Async(1);

        var sweep = await WatchSetup.Sweeper(cloud).SweepAsync(poll.Snapshot!, [], CancellationToken.None);

        await cloud.Admin.ThrottleEc2Async(0);
        Assert.Empty(sweep.Terminated);
        Assert.Equal(orphan, Assert.Single(sweep.Failed).Instance.InstanceId);
        Assert.NotEqual("terminated", (await cloud.DescribeAsync(orphan)).State.Name.Value);
    }
}
