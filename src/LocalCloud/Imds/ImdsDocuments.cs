using System.Text;
using System.Text.Json;
using Spot.LocalCloud.Instances;
using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Imds;

/// <summary>The metadata an instance can read about itself; null means 404, as IMDS answers for absent items.</summary>
public static class ImdsDocuments
{
    private const string IsoSeconds = "yyyy-MM-ddTHH:mm:ssZ";

    public static (byte[] Body, string ContentType)? Read(Instance instance, string path)
    {
        var text = Text(instance, path.Trim('/'));
        if (text is not null)
        {
            return (Encoding.UTF8.GetBytes(text), "text/plain");
        }

        if (path.Trim('/') == "user-data" && instance.UserData is not null)
        {
            return (Convert.FromBase64String(instance.UserData), "application/octet-stream");
        }

        return null;
    }

    private static string? Text(Instance instance, string path) => path switch
    {
        "meta-data" => string.Join('\n', "ami-id", "events/", "instance-id", "instance-life-cycle", "instance-type", "placement/", "spot/"),
        "meta-data/ami-id" => instance.ImageId,
        "meta-data/instance-id" => instance.Id,
        "meta-data/instance-type" => instance.Pool.InstanceType,
        "meta-data/instance-life-cycle" => instance.IsSpot ? "spot" : "on-demand",
        "meta-data/placement" => string.Join('\n', "availability-zone", "availability-zone-id", "region"),
        "meta-data/placement/availability-zone" => instance.Pool.AvailabilityZone,
        "meta-data/placement/availability-zone-id" => AvailabilityZones.IdOf(instance.Pool.AvailabilityZone),
        "meta-data/placement/region" => AvailabilityZones.RegionOf(instance.Pool.AvailabilityZone),
        "meta-data/spot" => instance.InterruptionTime is null ? null : "instance-action\ntermination-time",
        "meta-data/spot/instance-action" => instance.InterruptionTime is { } at
            ? JsonSerializer.Serialize(new { action = "terminate", time = at.UtcDateTime.ToString(IsoSeconds) })
            : null,
        "meta-data/spot/termination-time" => instance.InterruptionTime?.UtcDateTime.ToString(IsoSeconds),
        "meta-data/events" => "recommendations/",
        "meta-data/events/recommendations" => "rebalance",
        "meta-data/events/recommendations/rebalance" => instance.RebalanceNoticeTime is { } notice
            ? JsonSerializer.Serialize(new { noticeTime = notice.UtcDateTime.ToString(IsoSeconds) })
            : null,
        "dynamic/instance-identity/document" => JsonSerializer.Serialize(new
        {
            accountId = "000000000000",
            architecture = "x86_64",
            availabilityZone = instance.Pool.AvailabilityZone,
            imageId = instance.ImageId,
            instanceId = instance.Id,
            instanceType = instance.Pool.InstanceType,
            pendingTime = instance.LaunchTime.UtcDateTime.ToString(IsoSeconds),
            region = AvailabilityZones.RegionOf(instance.Pool.AvailabilityZone),
        }),
        _ => null,
    };
}
