namespace Spot.LocalCloud.Market;

/// <summary>A capacity pool: one instance type in one availability zone.</summary>
public readonly record struct PoolKey(string InstanceType, string AvailabilityZone)
{
    public override string ToString() => $"{InstanceType}@{AvailabilityZone}";
}
