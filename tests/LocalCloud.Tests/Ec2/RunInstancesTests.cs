using Amazon.EC2;
using Amazon.EC2.Model;
using Spot.LocalCloud.Tests.Hosting;

namespace Spot.LocalCloud.Tests.Ec2;

public sealed class RunInstancesTests
{
    [Fact]
    public async Task RunInstances_launches_a_tagged_spot_instance_that_DescribeInstances_shows_running()
    {
        await using var cloud = await TestCloud.StartAsync();
        var response = await cloud.Ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-1",
            InstanceType = InstanceType.G5Xlarge,
            MinCount = 1,
            MaxCount = 1,
            Placement = new Placement { AvailabilityZone = "us-east-1b" },
            InstanceMarketOptions = new InstanceMarketOptionsRequest
            {
                MarketType = MarketType.Spot,
                SpotOptions = new SpotMarketOptions { MaxPrice = "0.90", SpotInstanceType = SpotInstanceType.OneTime, InstanceInterruptionBehavior = InstanceInterruptionBehavior.Terminate },
            },
            TagSpecifications = [new TagSpecification { ResourceType = ResourceType.Instance, Tags = [new Tag("spot:job", "j-1")] }],
        });

        var launched = response.Reservation.Instances.Single();
        Assert.StartsWith("r-", response.Reservation.ReservationId);
        Assert.Equal("pending", launched.State.Name.Value);
        var described = await cloud.WaitForStateAsync(launched.InstanceId, "running");
        Assert.Equal(16, described.State.Code);
        Assert.Equal("g5.xlarge", described.InstanceType.Value);
        Assert.Equal("us-east-1b", described.Placement.AvailabilityZone);
        Assert.Equal("spot", described.InstanceLifecycle.Value);
        Assert.StartsWith("sir-", described.SpotInstanceRequestId);
        Assert.Equal(TestCloud.Start.UtcDateTime, described.LaunchTime);
        Assert.Equal("j-1", described.Tags.Single(t => t.Key == "spot:job").Value);
    }

    [Fact]
    public async Task RunInstances_with_the_same_ClientToken_returns_the_first_reservation_and_launches_nothing_new()
    {
        await using var cloud = await TestCloud.StartAsync();
        RunInstancesRequest Request() => new() { ImageId = "ami-1", InstanceType = InstanceType.G4dnXlarge, MinCount = 1, MaxCount = 1, ClientToken = "job-7-attempt-1" };

        var first = await cloud.Ec2.RunInstancesAsync(Request());
        var retry = await cloud.Ec2.RunInstancesAsync(Request());

        Assert.Equal(first.Reservation.ReservationId, retry.Reservation.ReservationId);
        Assert.Equal(first.Reservation.Instances.Single().InstanceId, retry.Reservation.Instances.Single().InstanceId);
        Assert.Single(cloud.Region.Store.All());
    }

    [Fact]
    public async Task RunInstances_reusing_a_ClientToken_with_other_parameters_is_IdempotentParameterMismatch()
    {
        await using var cloud = await TestCloud.StartAsync();
        await cloud.Ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-1", InstanceType = InstanceType.G4dnXlarge, MinCount = 1, MaxCount = 1, ClientToken = "t" });

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            cloud.Ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-1", InstanceType = InstanceType.G5Xlarge, MinCount = 1, MaxCount = 1, ClientToken = "t" }));

        Assert.Equal("IdempotentParameterMismatch", error.ErrorCode);
    }

    [Fact]
    public async Task RunInstances_in_a_drained_pool_is_InsufficientInstanceCapacity_with_status_500_and_a_capacity_not_available_request()
    {
        await using var cloud = await TestCloud.StartAsync();
        await cloud.Host.AdminClient.DrainPoolAsync("g5.xlarge", "us-east-1a");

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => cloud.LaunchSpotAsync());

        Assert.Equal("InsufficientInstanceCapacity", error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.StatusCode);
        var requests = await cloud.Ec2.DescribeSpotInstanceRequestsAsync(new DescribeSpotInstanceRequestsRequest());
        var refused = requests.SpotInstanceRequests.Single();
        Assert.Equal("closed", refused.State.Value);
        Assert.Equal("capacity-not-available", refused.Status.Code);
    }

    [Fact]
    public async Task RunInstances_with_MaxPrice_below_the_spot_price_is_SpotMaxPriceTooLow_and_leaves_a_price_too_low_request()
    {
        await using var cloud = await TestCloud.StartAsync();
        await cloud.Host.AdminClient.SetPriceAsync("g5.xlarge", "us-east-1a", 0.40m);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => cloud.Ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-1", InstanceType = InstanceType.G5Xlarge, MinCount = 1, MaxCount = 1,
            Placement = new Placement { AvailabilityZone = "us-east-1a" },
            InstanceMarketOptions = new InstanceMarketOptionsRequest { MarketType = MarketType.Spot, SpotOptions = new SpotMarketOptions { MaxPrice = "0.39" } },
        }));

        Assert.Equal("SpotMaxPriceTooLow", error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("0.390000", error.Message);
        var request = (await cloud.Ec2.DescribeSpotInstanceRequestsAsync(new DescribeSpotInstanceRequestsRequest())).SpotInstanceRequests.Single();
        Assert.Equal("price-too-low", request.Status.Code);
    }

    [Fact]
    public async Task RunInstances_past_the_account_spot_quota_is_MaxSpotInstanceCountExceeded()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.SpotInstanceLimit = 1);
        await cloud.LaunchSpotAsync();

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => cloud.LaunchSpotAsync(zone: "us-east-1b"));

        Assert.Equal("MaxSpotInstanceCountExceeded", error.ErrorCode);
    }

    [Fact]
    public async Task RunInstances_of_a_type_LocalCloud_does_not_sell_is_InvalidParameterValue()
    {
        await using var cloud = await TestCloud.StartAsync();

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            cloud.Ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-1", InstanceType = "x9.huge", MinCount = 1, MaxCount = 1 }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Contains("InstanceType", error.Message);
    }

    [Fact]
    public async Task RunInstances_without_ImageId_is_MissingParameter()
    {
        await using var cloud = await TestCloud.StartAsync();

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            cloud.Ec2.RunInstancesAsync(new RunInstancesRequest { InstanceType = InstanceType.G5Xlarge, MinCount = 1, MaxCount = 1 }));

        Assert.Equal("MissingParameter", error.ErrorCode);
        Assert.Contains("ImageId", error.Message);
    }
}
