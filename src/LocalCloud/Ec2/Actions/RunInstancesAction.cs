using Spot.LocalCloud.Instances;

namespace Spot.LocalCloud.Ec2.Actions;

/// <summary>RunInstances: one type in one zone, on-demand or one-time spot, idempotent by ClientToken.</summary>
public sealed class RunInstancesAction(InstanceLauncher launcher, InstanceStore store, LaunchTemplateStore templates, ClientTokens tokens) : IEc2ActionFamily
{
    public void Register(Ec2Actions actions) => actions.Add("RunInstances", Run);

    private void Run(QueryParameters query, Ec2XmlWriter xml)
    {
        var minCount = query.Int("MinCount", 1, 1000) ?? throw Ec2Errors.MissingParameter("MinCount");
        var maxCount = query.Int("MaxCount", 1, 1000) ?? throw Ec2Errors.MissingParameter("MaxCount");
        var template = query.Has("LaunchTemplate") ? templates.Resolve(query.Structure("LaunchTemplate"), "LaunchTemplate") : null;
        var settings = LaunchSettings.Read(query).Over(template);
        var request = new LaunchRequest
        {
            ImageId = settings.ImageId ?? throw Ec2Errors.MissingParameter("ImageId"),
            InstanceType = settings.InstanceType ?? throw Ec2Errors.MissingParameter("InstanceType"),
            AvailabilityZone = query.Structure("Placement").String("AvailabilityZone"),
            MinCount = minCount,
            MaxCount = maxCount,
            Spot = settings.Spot ?? false,
            MaxPrice = settings.MaxPrice,
            UserData = settings.UserData,
            RequireImdsTokens = settings.RequireImdsTokens ?? false,
            ShutdownBehavior = settings.ShutdownBehavior ?? "stop",
            ClientToken = query.String("ClientToken"),
            InstanceTags = TagSpecifications.For(settings.Tags, TagSpecifications.Instance),
            SpotRequestTags = TagSpecifications.For(settings.Tags, TagSpecifications.SpotRequest),
        };
        if (request.MaxCount < request.MinCount)
        {
            throw Ec2Errors.InvalidParameterValue("MaxCount", $"{request.MaxCount}", "MaxCount must be at least MinCount.");
        }

        var reservation = tokens.Once("RunInstances", request.ClientToken, query, () => launcher.Launch(request));
        lock (store.Sync)
        {
            InstanceXml.Reservation(xml, reservation.Id, reservation.Instances);
        }
    }
}
