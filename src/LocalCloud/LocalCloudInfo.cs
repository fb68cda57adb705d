namespace Spot.LocalCloud;

/// <summary>Placeholder until the LocalCloud issue lands.</summary>
public static class LocalCloudInfo
{
    public const string Name = "LocalCloud";
}
