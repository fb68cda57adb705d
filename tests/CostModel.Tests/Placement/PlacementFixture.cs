using Spot.CostModel.Catalog;
using Spot.CostModel.Placement;
using Spot.CostModel.Pricing;

namespace Spot.CostModel.Tests.Placement;

/// <summary>
/// A two-zone catalog with one GPU type, g5.xlarge ($1.006/h on-demand): spot $0.30/h in us-east-1a, where the pool
/// is interrupted 0.5 times an hour, and $0.36/h in us-east-1b, interrupted 0.01 times an hour.
/// </summary>
internal static class PlacementFixture
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    public static readonly PoolId Cheap = new("g5.xlarge", "us-east-1a");
    public static readonly PoolId Steady = new("g5.xlarge", "us-east-1b");

    public static InstanceCatalog Catalog()
    {
        var prices = new Dictionary<string, decimal> { ["us-east-1"] = 1.006m };
        var types = new[]
        {
            new InstanceTypeInfo("g5.xlarge", 4, 16, 1, "A10G", 24, prices),
            new InstanceTypeInfo("c5.large", 2, 4, 0, null, 0, new Dictionary<string, decimal> { ["us-east-1"] = 0.085m }),
        };
        var zones = new ZoneMap([new ZoneInfo("us-east-1", "use1-az1", "us-east-1a"), new ZoneInfo("us-east-1", "use1-az2", "us-east-1b")]);
        var snapshot = new SpotPriceSnapshot(Now.AddDays(-1), "test", new Dictionary<PoolId, decimal> { [Cheap] = 0.30m, [Steady] = 0.36m });
        return new InstanceCatalog(new DateOnly(2026, 11, 22), ["test"], types, zones, snapshot);
    }

    public static InterruptionRateTable Rates() => new InterruptionRateTable(null)
        .WithRate(Cheap, new InterruptionRate(0.5, InterruptionRateBasis.Observed))
        .WithRate(Steady, new InterruptionRate(0.01, InterruptionRateBasis.Observed));

    /// <summary>10 h of GPU work, 1 h checkpoint interval, 36 s checkpoints, 15 min restarts.</summary>
    public static PlacementRequest GpuJob() => new()
    {
        Resources = new ResourceRequirement(Gpus: 1),
        WorkHours = 10,
        CheckpointInterval = TimeSpan.FromHours(1),
        CheckpointCost = TimeSpan.FromSeconds(36),
        RestartOverhead = TimeSpan.FromMinutes(15),
    };

    public static PlacementResult Rank(PlacementRequest request, SpotPriceHistory? history = null) =>
        new OfferingRanker(Catalog(), Rates(), history).Rank(request, Now);
}
