using System.Globalization;

namespace Spot.LocalCloud.Instances;

/// <summary>Where an instance's AWS SDKs and tools should look: LocalCloud's endpoints and dummy credentials.</summary>
public sealed record CloudEndpoints(Uri Ec2, Uri S3, string Region);

public static class InstanceEnvironment
{
    public const string InstanceIdVariable = "LOCALCLOUD_INSTANCE_ID";
    public const string ClockSpeedVariable = "LOCALCLOUD_CLOCK_SPEED";

    public static Dictionary<string, string> For(Instance instance, CloudEndpoints endpoints, double clockSpeed) => new(StringComparer.Ordinal)
    {
        ["AWS_ENDPOINT_URL_EC2"] = Trim(endpoints.Ec2),
        ["AWS_ENDPOINT_URL_S3"] = Trim(endpoints.S3),
        ["AWS_ACCESS_KEY_ID"] = "localcloud",
        ["AWS_SECRET_ACCESS_KEY"] = "localcloud",
        ["AWS_REGION"] = endpoints.Region,
        ["AWS_DEFAULT_REGION"] = endpoints.Region,
        ["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = Trim(instance.ImdsEndpoint ?? throw new InvalidOperationException("IMDS is not up yet.")),
        ["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"] = "IPv4",
        [InstanceIdVariable] = instance.Id,
        [ClockSpeedVariable] = clockSpeed.ToString(CultureInfo.InvariantCulture),
    };

    private static string Trim(Uri uri) => uri.ToString().TrimEnd('/');
}
