using Spot.CostModel.Catalog;
using Spot.CostModel.Placement;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// Checks a spec against an instance catalog (GPU models, regions, zones, instance types) at submission, so a name
/// the catalog does not know fails before the job is stored, with the spec's own field path.
/// </summary>
public static class JobSpecCatalogCheck
{
    private static readonly Dictionary<string, string> SpecPaths = new(StringComparer.Ordinal)
    {
        [PlacementFields.Gpus] = "resources.gpus",
        [PlacementFields.GpuModel] = "resources.gpu_model",
        [PlacementFields.MinGpuMemory] = "resources.min_gpu_memory_gib",
        [PlacementFields.VCpus] = "resources.vcpus",
        [PlacementFields.Memory] = "resources.memory_gib",
        [PlacementFields.Regions] = "placement.regions",
        [PlacementFields.Zones] = "placement.availability_zones",
        [PlacementFields.AllowedTypes] = "resources.instance_types",
        [PlacementFields.ExcludedTypes] = "resources.exclude_instance_types",
        [PlacementFields.Markets] = "market",
        [PlacementFields.MaxPrice] = "bid_ceiling.usd_per_hour",
        [PlacementFields.MaxPriceFraction] = "bid_ceiling.fraction_of_on_demand",
        [PlacementFields.WorkHours] = "work_hours",
        [PlacementFields.CheckpointInterval] = "checkpoint.interval",
    };

    public static IReadOnlyList<JobSpecProblem> Problems(JobSpec spec, InstanceCatalog catalog) =>
        PlacementRequestValidator.Validate(spec.ToPlacementRequest(), catalog)
            .Select(e => new JobSpecProblem(SpecPaths.GetValueOrDefault(e.Field, e.Field), e.Problem))
            .ToList();

    /// <exception cref="JobSpecException">The catalog does not know a name the spec uses.</exception>
    public static void ThrowIfUnknown(JobSpec spec, InstanceCatalog catalog, string source = "job spec")
    {
        var problems = Problems(spec, catalog);
        if (problems.Count > 0)
            throw new JobSpecException(source, problems);
    }
}
