namespace Spot.LocalCloud.Ec2.Actions;

/// <summary>
/// The launch fields RunInstances and a launch template share: image, type, user-data, IMDS tokens, shutdown
/// behaviour, the spot market options and tags. Absent fields are null so a template can fill them.
/// </summary>
internal sealed record LaunchSettings(
    string? ImageId,
    string? InstanceType,
    string? UserData,
    bool? RequireImdsTokens,
    string? ShutdownBehavior,
    bool? Spot,
    decimal? MaxPrice,
    Dictionary<string, Dictionary<string, string>> Tags)
{
    private const int MaxUserDataBytes = 16 * 1024;

    public static LaunchSettings Read(QueryParameters query)
    {
        var market = query.Structure("InstanceMarketOptions");
        var marketType = market.OneOf("MarketType", "spot");
        var spotOptions = market.Structure("SpotOptions");
        if (spotOptions.OneOf("SpotInstanceType", "one-time", "persistent") == "persistent")
        {
            throw Ec2Errors.InvalidParameterValue("InstanceMarketOptions.SpotOptions.SpotInstanceType", "persistent", "LocalCloud runs one-time spot requests only.");
        }

        if (spotOptions.OneOf("InstanceInterruptionBehavior", "terminate", "stop", "hibernate") is "stop" or "hibernate")
        {
            throw Ec2Errors.InvalidParameterValue("InstanceMarketOptions.SpotOptions.InstanceInterruptionBehavior",
                spotOptions.String("InstanceInterruptionBehavior")!, "One-time spot instances can only be terminated on interruption.");
        }

        return new LaunchSettings(
            query.String("ImageId"),
            query.String("InstanceType"),
            ReadUserData(query),
            query.Structure("MetadataOptions").OneOf("HttpTokens", "optional", "required") switch
            {
                null => null,
                var tokens => tokens == "required",
            },
            query.OneOf("InstanceInitiatedShutdownBehavior", "stop", "terminate"),
            marketType is null ? null : true,
            spotOptions.Decimal("MaxPrice"),
            TagSpecifications.Read(query));
    }

    /// <summary>These settings over <paramref name="template"/>'s: what is given here wins.</summary>
    public LaunchSettings Over(LaunchTemplate? template) => template is null ? this : new LaunchSettings(
        ImageId ?? template.ImageId,
        InstanceType ?? template.InstanceType,
        UserData ?? template.UserData,
        RequireImdsTokens ?? template.RequireImdsTokens,
        ShutdownBehavior ?? template.ShutdownBehavior,
        Spot ?? (template.Spot ? true : null),
        MaxPrice ?? template.MaxPrice,
        Merge(template));

    private Dictionary<string, Dictionary<string, string>> Merge(LaunchTemplate template)
    {
        var merged = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
        {
            [TagSpecifications.Instance] = new(template.InstanceTags, StringComparer.Ordinal),
            [TagSpecifications.SpotRequest] = new(template.SpotRequestTags, StringComparer.Ordinal),
        };
        foreach (var (type, tags) in Tags)
        {
            var target = merged.TryGetValue(type, out var existing) ? existing : merged[type] = new(StringComparer.Ordinal);
            foreach (var (key, value) in tags)
            {
                target[key] = value;
            }
        }

        return merged;
    }

    private static string? ReadUserData(QueryParameters query)
    {
        var text = query.String("UserData");
        if (text is null)
        {
            return null;
        }

        var buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, buffer, out var length))
        {
            throw Ec2Errors.InvalidParameterValue("UserData", text.Length > 40 ? text[..40] + "..." : text, "It must be base64-encoded.");
        }

        return length <= MaxUserDataBytes
            ? text
            : throw Ec2Errors.InvalidParameterValue("UserData", $"{length} bytes", $"User data is limited to {MaxUserDataBytes} bytes.");
    }
}
