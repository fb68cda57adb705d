using Spot.CostModel.Catalog;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>What one instance must have, and which instance types the job may or may not use (empty: any).</summary>
public sealed record ResourcesSpec(
    int Gpus,
    string? GpuModel,
    decimal? MinGpuMemoryGiB,
    int VCpus,
    decimal MemoryGiB,
    IReadOnlyList<string> InstanceTypes,
    IReadOnlyList<string> ExcludeInstanceTypes)
{
    public static ResourcesSpec Any { get; } = new(0, null, null, 0, 0, [], []);

    public ResourceRequirement ToRequirement() => new(Gpus, GpuModel, MinGpuMemoryGiB, VCpus, MemoryGiB);
}

/// <summary>Regions and availability zones (names or IDs) the job may run in; empty lists mean anywhere.</summary>
public sealed record PlacementSpec(IReadOnlyList<string> Regions, IReadOnlyList<string> AvailabilityZones)
{
    public static PlacementSpec Anywhere { get; } = new([], []);
}
