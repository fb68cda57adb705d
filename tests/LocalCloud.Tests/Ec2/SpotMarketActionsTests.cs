using Amazon.EC2;
using Amazon.EC2.Model;
using Spot.LocalCloud.Tests.Hosting;

namespace Spot.LocalCloud.Tests.Ec2;

public sealed class SpotMarketActionsTests
{
    [Fact]
    public async Task DescribeSpotPriceHistory_returns_changes_newest_first_up_to_market_now_led_by_the_price_at_StartTime()
    {
        await using var cloud = await TestCloud.StartAsync();
        var pool = cloud.Region.Market.Find(new("g5.xlarge", "us-east-1a"))!;
        var start = TestCloud.Start.AddHours(-3).AddMinutes(-30);

        var response = await cloud.Ec2.DescribeSpotPriceHistoryAsync(new DescribeSpotPriceHistoryRequest
        {
            InstanceTypes = ["g5.xlarge"], AvailabilityZone = "us-east-1a", ProductDescriptions = ["Linux/UNIX"],
            StartTime = start.UtcDateTime, EndTime = TestCloud.Start.AddDays(2).UtcDateTime,
        });

        // The sample market changes price on the hour: 12:00, 11:00, 10:00, 09:00, and 08:00's price is in effect at 08:30.
        var times = response.SpotPriceHistory.Select(p => p.Timestamp!.Value).ToList();
        Assert.Equal([.. Enumerable.Range(0, 5).Select(h => TestCloud.Start.AddHours(-h).UtcDateTime)], times);
        var now = response.SpotPriceHistory[0];
        Assert.Equal(cloud.Region.Market.PriceNow(pool), decimal.Parse(now.Price, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Linux/UNIX", now.ProductDescription.Value);
        Assert.Equal("us-east-1a", now.AvailabilityZone);
    }

    [Fact]
    public async Task DescribeSpotPriceHistory_pages_with_MaxResults_and_NextToken_without_losing_rows()
    {
        await using var cloud = await TestCloud.StartAsync();
        var request = new DescribeSpotPriceHistoryRequest { InstanceTypes = ["g4dn.xlarge"], StartTime = TestCloud.Start.AddHours(-2).UtcDateTime, MaxResults = 4 };

        var all = (await cloud.Ec2.DescribeSpotPriceHistoryAsync(new DescribeSpotPriceHistoryRequest { InstanceTypes = ["g4dn.xlarge"], StartTime = request.StartTime })).SpotPriceHistory;
        var pages = new List<SpotPrice>();
        string? token = null;
        do
        {
            request.NextToken = token;
            var page = await cloud.Ec2.DescribeSpotPriceHistoryAsync(request);
            Assert.True(page.SpotPriceHistory.Count <= 4);
            pages.AddRange(page.SpotPriceHistory);
            token = page.NextToken;
        }
        while (!string.IsNullOrEmpty(token));

        // Three zones, each with the 10:00 price in effect at StartTime plus the 11:00 and 12:00 changes.
        Assert.Equal(9, all.Count);
        Assert.Equal(all.Select(p => (p.AvailabilityZone, p.Timestamp)), pages.Select(p => (p.AvailabilityZone, p.Timestamp)));
    }

    [Fact]
    public async Task DescribeSpotInstanceRequests_filters_by_status_code_and_pages()
    {
        await using var cloud = await TestCloud.StartAsync();
        var launched = await cloud.Ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-1", InstanceType = "g4dn.xlarge", MinCount = 6, MaxCount = 6, Placement = new Placement { AvailabilityZone = "us-east-1c" },
            InstanceMarketOptions = new InstanceMarketOptionsRequest { MarketType = "spot" },
        });
        await cloud.Ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [launched.Reservation.Instances[0].InstanceId] });

        var fulfilled = await cloud.Ec2.DescribeSpotInstanceRequestsAsync(new DescribeSpotInstanceRequestsRequest { Filters = [new Filter("status-code", ["fulfilled"])] });
        var firstPage = await cloud.Ec2.DescribeSpotInstanceRequestsAsync(new DescribeSpotInstanceRequestsRequest { MaxResults = 5 });
        var secondPage = await cloud.Ec2.DescribeSpotInstanceRequestsAsync(new DescribeSpotInstanceRequestsRequest { MaxResults = 5, NextToken = firstPage.NextToken });
        var byUser = await cloud.Ec2.DescribeSpotInstanceRequestsAsync(new DescribeSpotInstanceRequestsRequest { Filters = [new Filter("status-code", ["instance-terminated-by-user"])] });

        Assert.Equal(5, fulfilled.SpotInstanceRequests.Count);
        Assert.Equal(5, firstPage.SpotInstanceRequests.Count);
        Assert.Single(secondPage.SpotInstanceRequests);
        Assert.Null(secondPage.NextToken);
        Assert.Equal(launched.Reservation.Instances[0].InstanceId, byUser.SpotInstanceRequests.Single().InstanceId);
        Assert.Equal("0.526000", byUser.SpotInstanceRequests.Single().SpotPrice);
    }

    [Fact]
    public async Task GetSpotPlacementScores_gives_10_where_the_target_fits_and_1_in_a_drained_zone()
    {
        await using var cloud = await TestCloud.StartAsync(spotCapacity: 4);
        await cloud.Host.AdminClient.DrainPoolAsync("p3.2xlarge", "us-east-1b");

        var response = await cloud.Ec2.GetSpotPlacementScoresAsync(new GetSpotPlacementScoresRequest
        {
            InstanceTypes = ["p3.2xlarge"], TargetCapacity = 2, SingleAvailabilityZone = true, RegionNames = ["us-east-1"],
        });

        var scores = response.SpotPlacementScores.ToDictionary(s => s.AvailabilityZoneId, s => s.Score);
        Assert.Equal(10, scores["use1-az1"]);
        Assert.Equal(1, scores["use1-az2"]);
        Assert.Equal(10, scores["use1-az3"]);
    }

    [Fact]
    public async Task DescribeInstanceTypes_reports_GPUs_memory_and_spot_support_and_rejects_unknown_types()
    {
        await using var cloud = await TestCloud.StartAsync();

        var response = await cloud.Ec2.DescribeInstanceTypesAsync(new DescribeInstanceTypesRequest { InstanceTypes = ["g5.12xlarge"] });
        var unknown = await Assert.ThrowsAsync<AmazonEC2Exception>(() => cloud.Ec2.DescribeInstanceTypesAsync(new DescribeInstanceTypesRequest { InstanceTypes = ["z1.mega"] }));

        var type = response.InstanceTypes.Single();
        Assert.Equal(48, type.VCpuInfo.DefaultVCpus);
        Assert.Equal(196_608, type.MemoryInfo.SizeInMiB);
        Assert.Equal("A10G", type.GpuInfo.Gpus.Single().Name);
        Assert.Equal(4, type.GpuInfo.Gpus.Single().Count);
        Assert.Contains("spot", type.SupportedUsageClasses);
        Assert.Equal("InvalidInstanceType", unknown.ErrorCode);
    }

    [Fact]
    public async Task DescribeAvailabilityZones_lists_the_region_zones_with_their_ids()
    {
        await using var cloud = await TestCloud.StartAsync();

        var zones = (await cloud.Ec2.DescribeAvailabilityZonesAsync(new DescribeAvailabilityZonesRequest())).AvailabilityZones;
        var unknown = await Assert.ThrowsAsync<AmazonEC2Exception>(() => cloud.Ec2.DescribeAvailabilityZonesAsync(new DescribeAvailabilityZonesRequest { ZoneNames = ["us-east-1z"] }));

        Assert.Equal(["us-east-1a", "us-east-1b", "us-east-1c"], zones.Select(z => z.ZoneName));
        Assert.Equal(["use1-az1", "use1-az2", "use1-az3"], zones.Select(z => z.ZoneId));
        Assert.All(zones, z => Assert.Equal("available", z.State.Value));
        Assert.Equal("InvalidParameterValue", unknown.ErrorCode);
    }
}
