namespace Spot.CostModel;

/// <summary>A spot capacity pool: one instance type in one availability zone (a zone name such as us-east-1a).</summary>
public readonly record struct PoolId(string InstanceType, string AvailabilityZone)
{
    public override string ToString() => $"{InstanceType}@{AvailabilityZone}";
}
