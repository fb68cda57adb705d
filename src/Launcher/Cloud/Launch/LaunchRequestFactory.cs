using System.Globalization;
using System.Text;
using Amazon.EC2;
using Amazon.EC2.Model;
using Spot.CostModel;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>The EC2 request shapes a launch sends: RunInstances for one pool, and the pieces fleets share with it.</summary>
internal static class LaunchRequestFactory
{
    public static RunInstancesRequest RunInstances(LaunchRequest request, PoolChoice choice, string imageId, string? instanceProfile, string clientToken) => new()
    {
        ImageId = imageId,
        InstanceType = choice.Pool.InstanceType,
        MinCount = 1,
        MaxCount = 1,
        Placement = new Placement { AvailabilityZone = choice.Pool.AvailabilityZone },
        UserData = EncodeUserData(request.UserData),
        ClientToken = clientToken,

        // The bootstrap powers off when the trainer exits; terminate (not stop) so billing and the volume end with it.
        InstanceInitiatedShutdownBehavior = ShutdownBehavior.Terminate,
        InstanceMarketOptions = choice.Pool.Market == Market.Spot ? SpotMarketOptions(choice) : null,
        MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required, HttpEndpoint = InstanceMetadataEndpointState.Enabled },
        IamInstanceProfile = instanceProfile is null ? null : new IamInstanceProfileSpecification { Name = instanceProfile },
        TagSpecifications = TagSpecifications(request, choice.Pool.Market == Market.Spot, ResourceType.Instance, ResourceType.Volume),
    };

    public static string EncodeUserData(string script) => Convert.ToBase64String(Encoding.UTF8.GetBytes(script));

    /// <summary>spot:job, spot:attempt, Name and the caller's tags on each resource type given (and the spot request on spot).</summary>
    public static List<TagSpecification> TagSpecifications(LaunchRequest request, bool spot, params ResourceType[] types)
    {
        var tags = Tags(request);
        var all = spot ? types.Append(ResourceType.SpotInstancesRequest) : types;
        return all.Select(type => new TagSpecification { ResourceType = type, Tags = [.. tags] }).ToList();
    }

    public static List<Tag> Tags(LaunchRequest request)
    {
        var tags = new List<Tag>
        {
            new(SpotTags.Job, request.JobId),
            new(SpotTags.Attempt, request.Attempt.ToString(CultureInfo.InvariantCulture)),
            new(SpotTags.Name, SpotTags.NameFor(request.JobId, request.Attempt)),
        };
        tags.AddRange(request.Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new Tag(t.Key, t.Value)));
        return tags;
    }

    private static InstanceMarketOptionsRequest SpotMarketOptions(PoolChoice choice) => new()
    {
        MarketType = MarketType.Spot,
        SpotOptions = new SpotMarketOptions
        {
            MaxPrice = choice.MaxPriceText,
            SpotInstanceType = SpotInstanceType.OneTime,
            InstanceInterruptionBehavior = InstanceInterruptionBehavior.Terminate,
        },
    };
}
