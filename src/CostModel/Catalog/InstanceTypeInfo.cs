namespace Spot.CostModel.Catalog;

/// <summary>
/// The facts of one EC2 instance type. GPU memory is per GPU, as AWS lists it, so a request for "24 GiB cards"
/// compares like with like whatever the GPU count.
/// </summary>
public sealed record InstanceTypeInfo(
    string Name,
    int VCpus,
    decimal MemoryGiB,
    int GpuCount,
    string? GpuModel,
    decimal GpuMemoryGiB,
    IReadOnlyDictionary<string, decimal> OnDemandUsdPerHour)
{
    public bool HasGpus => GpuCount > 0;

    /// <summary>The instance family, the part before the dot ("g5" for "g5.xlarge").</summary>
    public string Family => Name.Split('.')[0];

    public bool IsOfferedIn(string region) => OnDemandUsdPerHour.ContainsKey(region);

    /// <summary>The on-demand Linux price in a region, or null where the snapshot does not list the type there.</summary>
    public decimal? OnDemandPrice(string region) =>
        OnDemandUsdPerHour.TryGetValue(region, out var price) ? price : null;
}
