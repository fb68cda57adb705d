using System.Text;
using Amazon.EC2;
using Amazon.EC2.Model;
using Spot.LocalCloud.Tests.Hosting;

namespace Spot.LocalCloud.Tests.Ec2;

/// <summary>DescribeInstanceAttribute through the real AWSSDK.EC2 client, as the LocalStack drill harness calls it.</summary>
public sealed class DescribeInstanceAttributeTests
{
    [Fact]
    public async Task DescribeInstanceAttribute_userData_returns_the_instance_id_and_the_base64_user_data_sent_at_launch()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.RunUserData = false);
        var launched = await cloud.LaunchSpotAsync("echo hello > out.txt\n");

        var response = await cloud.Ec2.DescribeInstanceAttributeAsync(new DescribeInstanceAttributeRequest(launched.InstanceId, InstanceAttributeName.UserData));

        Assert.Equal(launched.InstanceId, response.InstanceAttribute.InstanceId);
        Assert.Equal("echo hello > out.txt\n", Encoding.UTF8.GetString(Convert.FromBase64String(response.InstanceAttribute.UserData)));
    }

    [Fact]
    public async Task DescribeInstanceAttribute_userData_is_empty_when_the_instance_was_launched_without_any()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.RunUserData = false);
        var launched = await cloud.LaunchSpotAsync();

        var response = await cloud.Ec2.DescribeInstanceAttributeAsync(new DescribeInstanceAttributeRequest(launched.InstanceId, InstanceAttributeName.UserData));

        Assert.Equal(launched.InstanceId, response.InstanceAttribute.InstanceId);
        Assert.True(string.IsNullOrEmpty(response.InstanceAttribute.UserData));
    }

    [Fact]
    public async Task DescribeInstanceAttribute_of_an_unknown_instance_is_InvalidInstanceID_NotFound_naming_it()
    {
        await using var cloud = await TestCloud.StartAsync();

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            cloud.Ec2.DescribeInstanceAttributeAsync(new DescribeInstanceAttributeRequest("i-0123456789abcdef0", InstanceAttributeName.UserData)));

        Assert.Equal("InvalidInstanceID.NotFound", error.ErrorCode);
        Assert.Contains("i-0123456789abcdef0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeInstanceAttribute_of_an_attribute_other_than_userData_is_InvalidParameterValue_naming_it()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.RunUserData = false);
        var launched = await cloud.LaunchSpotAsync();

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            cloud.Ec2.DescribeInstanceAttributeAsync(new DescribeInstanceAttributeRequest(launched.InstanceId, InstanceAttributeName.InstanceType)));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Contains("instanceType", error.Message, StringComparison.Ordinal);
        Assert.Contains("Attribute", error.Message, StringComparison.Ordinal);
    }
}
