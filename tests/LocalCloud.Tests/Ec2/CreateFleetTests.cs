using Amazon.EC2;
using Amazon.EC2.Model;
using Spot.LocalCloud.Tests.Hosting;

namespace Spot.LocalCloud.Tests.Ec2;

public sealed class CreateFleetTests
{
    private static async Task TemplateAsync(TestCloud cloud) =>
        await cloud.Ec2.CreateLaunchTemplateAsync(new CreateLaunchTemplateRequest
        {
            LaunchTemplateName = "spot-trainer",
            LaunchTemplateData = new RequestLaunchTemplateData
            {
                ImageId = "ami-1",
                UserData = Convert.ToBase64String("sleep 600\n"u8.ToArray()),
                MetadataOptions = new LaunchTemplateInstanceMetadataOptionsRequest { HttpTokens = LaunchTemplateHttpTokensState.Required },
            },
        });

    private static CreateFleetRequest Fleet(int target, params (string Type, string Zone)[] pools) => new()
    {
        Type = FleetType.Instant,
        TargetCapacitySpecification = new TargetCapacitySpecificationRequest { TotalTargetCapacity = target, DefaultTargetCapacityType = DefaultTargetCapacityType.Spot },
        SpotOptions = new SpotOptionsRequest { AllocationStrategy = SpotAllocationStrategy.LowestPrice },
        LaunchTemplateConfigs =
        [
            new FleetLaunchTemplateConfigRequest
            {
                LaunchTemplateSpecification = new FleetLaunchTemplateSpecificationRequest { LaunchTemplateName = "spot-trainer", Version = "$Latest" },
                Overrides = [.. pools.Select(p => new FleetLaunchTemplateOverridesRequest { InstanceType = p.Type, AvailabilityZone = p.Zone })],
            },
        ],
        TagSpecifications = [new TagSpecification { ResourceType = ResourceType.Instance, Tags = [new Tag("spot:job", "fleet-job")] }],
    };

    [Fact]
    public async Task Instant_fleet_reports_the_drained_pool_in_Errors_and_fills_the_target_from_the_next_pool()
    {
        await using var cloud = await TestCloud.StartAsync();
        await TemplateAsync(cloud);
        // Make us-east-1a the cheapest so lowest-price tries it first, then drain it.
        await cloud.Host.AdminClient.SetPriceAsync("g5.xlarge", "us-east-1a", 0.10m);
        await cloud.Host.AdminClient.DrainPoolAsync("g5.xlarge", "us-east-1a");

        var response = await cloud.Ec2.CreateFleetAsync(Fleet(2, ("g5.xlarge", "us-east-1a"), ("g5.xlarge", "us-east-1b")));

        var error = response.Errors.Single();
        Assert.Equal("InsufficientInstanceCapacity", error.ErrorCode);
        Assert.Equal("us-east-1a", error.LaunchTemplateAndOverrides.Overrides.AvailabilityZone);
        Assert.Equal("spot", error.Lifecycle.Value);
        var launched = response.Instances.Single();
        Assert.Equal("us-east-1b", launched.LaunchTemplateAndOverrides.Overrides.AvailabilityZone);
        Assert.Equal(2, launched.InstanceIds.Count);
        var described = await cloud.DescribeAsync(launched.InstanceIds[0]);
        Assert.Equal("fleet-job", described.Tags.Single(t => t.Key == "spot:job").Value);
        Assert.Equal("required", described.MetadataOptions.HttpTokens.Value);
    }

    [Fact]
    public async Task Instant_fleet_naming_an_unknown_launch_template_is_refused()
    {
        await using var cloud = await TestCloud.StartAsync();

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => cloud.Ec2.CreateFleetAsync(Fleet(1, ("g5.xlarge", "us-east-1a"))));

        Assert.Equal("InvalidLaunchTemplateName.NotFoundException", error.ErrorCode);
    }

    [Fact]
    public async Task Instant_fleet_with_the_same_ClientToken_returns_the_same_instances()
    {
        await using var cloud = await TestCloud.StartAsync();
        await TemplateAsync(cloud);
        var request = Fleet(1, ("g4dn.xlarge", "us-east-1c"));
        request.ClientToken = "fleet-token";

        var first = await cloud.Ec2.CreateFleetAsync(request);
        var again = await cloud.Ec2.CreateFleetAsync(request);

        Assert.Equal(first.FleetId, again.FleetId);
        Assert.Equal(first.Instances.Single().InstanceIds, again.Instances.Single().InstanceIds);
        Assert.Single(cloud.Region.Store.All());
    }
}
