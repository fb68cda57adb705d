using Spot.CostModel;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>One place capacity comes from: an instance type in a zone, bought on one market. Circuit breakers key on it.</summary>
public readonly record struct LaunchPool(string InstanceType, string AvailabilityZone, Market Market)
{
    public LaunchPool(PoolId pool, Market market)
        : this(pool.InstanceType, pool.AvailabilityZone, market)
    {
    }

    public override string ToString() => $"{InstanceType}@{AvailabilityZone}/{(Market == Market.Spot ? "spot" : "on-demand")}";
}
