using Amazon.EC2;
using Amazon.EC2.Model;
using Spot.LocalCloud.Admin;
using Spot.LocalCloud.Faults;
using Spot.LocalCloud.Tests.Hosting;

namespace Spot.LocalCloud.Tests.Faults;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task Throttling_every_call_answers_RequestLimitExceeded_with_status_503_until_lifted()
    {
        await using var cloud = await TestCloud.StartAsync();
        await cloud.Host.AdminClient.ThrottleEc2Async(1.0);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => cloud.Ec2.DescribeInstancesAsync(new DescribeInstancesRequest()));
        await cloud.Host.AdminClient.ThrottleEc2Async(0);
        var after = await cloud.Ec2.DescribeInstancesAsync(new DescribeInstancesRequest());

        Assert.Equal("RequestLimitExceeded", error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.NotNull(after);
    }

    [Fact]
    public void Ec2Throttle_refuses_about_the_asked_share_of_calls()
    {
        var throttle = new Ec2Throttle(seed: 7) { Share = 0.3 };

        var refused = Enumerable.Range(0, 10_000).Count(_ => throttle.ShouldRefuse());

        Assert.InRange(refused, 2_800, 3_200);
    }

    [Fact]
    public void Ec2Throttle_rejects_a_share_outside_0_to_1()
    {
        var throttle = new Ec2Throttle(seed: 1);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => throttle.Share = 1.5);

        Assert.Equal("Share", error.ParamName);
    }

    [Fact]
    public async Task Failing_S3_sets_the_S3_fault_plan_and_a_share_of_0_clears_it()
    {
        await using var cloud = await TestCloud.StartAsync();

        await cloud.Host.AdminClient.FailS3Async(0.25, 503);
        var plan = cloud.Region.S3Faults.Plan;
        await cloud.Host.AdminClient.FailS3Async(0, 503);

        Assert.Equal((0.0, 0.25), (plan!.InternalErrorShare, plan.SlowDownShare));
        Assert.Null(cloud.Region.S3Faults.Plan);
    }

    [Fact]
    public async Task Failing_S3_with_a_status_other_than_500_or_503_is_refused()
    {
        await using var cloud = await TestCloud.StartAsync();

        var error = await Assert.ThrowsAsync<LocalCloudAdminException>(() => cloud.Host.AdminClient.FailS3Async(0.5, 404));

        Assert.Contains("statusCode", error.Message);
    }
}
