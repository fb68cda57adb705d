using Amazon.EC2;
using Amazon.EC2.Model;
using Spot.LocalCloud.Tests.Hosting;

namespace Spot.LocalCloud.Tests.Ec2;

public sealed class DescribeInstancesTests
{
    [Fact]
    public async Task DescribeInstances_pages_through_all_instances_with_MaxResults_and_NextToken()
    {
        await using var cloud = await TestCloud.StartAsync();
        var launched = await cloud.Ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-1", InstanceType = InstanceType.G4dnXlarge, MinCount = 7, MaxCount = 7 });

        var first = await cloud.Ec2.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 5 });
        var second = await cloud.Ec2.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 5, NextToken = first.NextToken });

        Assert.Equal(5, first.Reservations.SelectMany(r => r.Instances).Count());
        Assert.NotNull(first.NextToken);
        Assert.Equal(2, second.Reservations.SelectMany(r => r.Instances).Count());
        Assert.Null(second.NextToken);
        var seen = first.Reservations.Concat(second.Reservations).SelectMany(r => r.Instances).Select(i => i.InstanceId);
        Assert.Equal(launched.Reservation.Instances.Select(i => i.InstanceId), seen);
    }

    [Fact]
    public async Task DescribeInstances_with_a_bad_NextToken_or_MaxResults_is_InvalidParameterValue()
    {
        await using var cloud = await TestCloud.StartAsync();

        var token = await Assert.ThrowsAsync<AmazonEC2Exception>(() => cloud.Ec2.DescribeInstancesAsync(new DescribeInstancesRequest { NextToken = "not-a-token" }));
        var size = await Assert.ThrowsAsync<AmazonEC2Exception>(() => cloud.Ec2.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 2 }));

        Assert.Equal("InvalidParameterValue", token.ErrorCode);
        Assert.Contains("NextToken", token.Message);
        Assert.Equal("InvalidParameterValue", size.ErrorCode);
        Assert.Contains("MaxResults", size.Message);
    }

    [Fact]
    public async Task DescribeInstances_filters_by_tag_tag_key_state_and_lifecycle()
    {
        await using var cloud = await TestCloud.StartAsync();
        var spot = await cloud.LaunchSpotAsync();
        var onDemand = (await cloud.Ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-1", InstanceType = InstanceType.G4dnXlarge, MinCount = 1, MaxCount = 1,
            TagSpecifications = [new TagSpecification { ResourceType = ResourceType.Instance, Tags = [new Tag("spot:job", "job-42")] }],
        })).Reservation.Instances.Single();
        await cloud.WaitForStateAsync(spot.InstanceId, "running");
        await cloud.WaitForStateAsync(onDemand.InstanceId, "running");

        async Task<IEnumerable<string>> Ids(params Filter[] filters) =>
            (await cloud.Ec2.DescribeInstancesAsync(new DescribeInstancesRequest { Filters = [.. filters] })).Reservations?.SelectMany(r => r.Instances).Select(i => i.InstanceId) ?? [];

        Assert.Equal([onDemand.InstanceId], await Ids(new Filter("tag:spot:job", ["job-4*"])));
        Assert.Equal([onDemand.InstanceId], await Ids(new Filter("tag-key", ["spot:job"])));
        Assert.Equal([spot.InstanceId], await Ids(new Filter("instance-lifecycle", ["spot"])));
        Assert.Equal([spot.InstanceId, onDemand.InstanceId], await Ids(new Filter("instance-state-name", ["running"])));
        Assert.Empty(await Ids(new Filter("instance-state-name", ["terminated"])));
        Assert.Equal([spot.InstanceId], await Ids(new Filter("instance-id", [spot.InstanceId]), new Filter("instance-state-name", ["pending", "running"])));
    }

    [Fact]
    public async Task DescribeInstances_of_an_unknown_id_is_InvalidInstanceID_NotFound_and_of_a_malformed_id_is_Malformed()
    {
        await using var cloud = await TestCloud.StartAsync();

        var unknown = await Assert.ThrowsAsync<AmazonEC2Exception>(() => cloud.Ec2.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = ["i-0123456789abcdef0"] }));
        var malformed = await Assert.ThrowsAsync<AmazonEC2Exception>(() => cloud.Ec2.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = ["instance-1"] }));

        Assert.Equal("InvalidInstanceID.NotFound", unknown.ErrorCode);
        Assert.Contains("i-0123456789abcdef0", unknown.Message);
        Assert.Equal("InvalidInstanceID.Malformed", malformed.ErrorCode);
    }

    [Fact]
    public async Task DescribeInstances_with_an_unknown_filter_is_InvalidParameterValue_naming_it()
    {
        await using var cloud = await TestCloud.StartAsync();

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            cloud.Ec2.DescribeInstancesAsync(new DescribeInstancesRequest { Filters = [new Filter("colour", ["blue"])] }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Contains("colour", error.Message);
    }

    [Fact]
    public async Task CreateTags_tags_an_instance_and_its_spot_request_and_rejects_unknown_ids()
    {
        await using var cloud = await TestCloud.StartAsync();
        var instance = await cloud.LaunchSpotAsync();

        await cloud.Ec2.CreateTagsAsync(new CreateTagsRequest { Resources = [instance.InstanceId, instance.SpotInstanceRequestId], Tags = [new Tag("attempt", "2")] });
        var missing = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            cloud.Ec2.CreateTagsAsync(new CreateTagsRequest { Resources = ["i-0123456789abcdef0"], Tags = [new Tag("a", "b")] }));

        Assert.Equal("2", (await cloud.DescribeAsync(instance.InstanceId)).Tags.Single(t => t.Key == "attempt").Value);
        var request = (await cloud.Ec2.DescribeSpotInstanceRequestsAsync(new DescribeSpotInstanceRequestsRequest { SpotInstanceRequestIds = [instance.SpotInstanceRequestId] })).SpotInstanceRequests.Single();
        Assert.Equal("2", request.Tags.Single(t => t.Key == "attempt").Value);
        Assert.Equal("InvalidInstanceID.NotFound", missing.ErrorCode);
    }
}
