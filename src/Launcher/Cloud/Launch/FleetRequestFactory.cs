using Amazon.EC2;
using Amazon.EC2.Model;
using Spot.CostModel;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>The launch template and the CreateFleet <c>instant</c> request of one attempt over a group of pools.</summary>
internal static class FleetRequestFactory
{
    public static CreateLaunchTemplateRequest CreateLaunchTemplate(LaunchRequest request, string name, string imageId, string? instanceProfile) => new()
    {
        LaunchTemplateName = name,
        LaunchTemplateData = new RequestLaunchTemplateData
        {
            ImageId = imageId,
            UserData = LaunchRequestFactory.EncodeUserData(request.UserData),
            InstanceInitiatedShutdownBehavior = ShutdownBehavior.Terminate,
            MetadataOptions = new LaunchTemplateInstanceMetadataOptionsRequest
            {
                HttpTokens = LaunchTemplateHttpTokensState.Required,
                HttpEndpoint = LaunchTemplateInstanceMetadataEndpointState.Enabled,
            },
            IamInstanceProfile = instanceProfile is null ? null : new LaunchTemplateIamInstanceProfileSpecificationRequest { Name = instanceProfile },
            TagSpecifications =
            [
                new LaunchTemplateTagSpecificationRequest { ResourceType = ResourceType.Volume, Tags = LaunchRequestFactory.Tags(request) },
            ],
        },
    };

    public static CreateFleetRequest CreateFleet(LaunchRequest request, IReadOnlyList<PoolChoice> pools, string template, string spotStrategy, string clientToken)
    {
        var spot = pools[0].Pool.Market == Market.Spot;
        return new CreateFleetRequest
        {
            Type = FleetType.Instant,
            ClientToken = clientToken,
            TargetCapacitySpecification = new TargetCapacitySpecificationRequest
            {
                TotalTargetCapacity = 1,
                DefaultTargetCapacityType = spot ? DefaultTargetCapacityType.Spot : DefaultTargetCapacityType.OnDemand,
            },
            SpotOptions = spot ? new SpotOptionsRequest { AllocationStrategy = new SpotAllocationStrategy(spotStrategy) } : null,
            OnDemandOptions = spot ? null : new OnDemandOptionsRequest { AllocationStrategy = FleetOnDemandAllocationStrategy.Prioritized },
            LaunchTemplateConfigs =
            [
                new FleetLaunchTemplateConfigRequest
                {
                    LaunchTemplateSpecification = new FleetLaunchTemplateSpecificationRequest { LaunchTemplateName = template, Version = "$Latest" },
                    Overrides = [.. pools.Select(Override)],
                },
            ],
            TagSpecifications = LaunchRequestFactory.TagSpecifications(request, spot: false, ResourceType.Instance),
        };
    }

    // Priority follows Spot's rank, so EC2's prioritized strategies honour the expected-cost order.
    private static FleetLaunchTemplateOverridesRequest Override(PoolChoice choice) => new()
    {
        InstanceType = choice.Pool.InstanceType,
        AvailabilityZone = choice.Pool.AvailabilityZone,
        MaxPrice = choice.MaxPriceText,
        Priority = choice.Rank,
    };
}
