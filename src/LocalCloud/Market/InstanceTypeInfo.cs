namespace Spot.LocalCloud.Market;

/// <summary>What DescribeInstanceTypes reports for one type, plus its on-demand price (the default spot MaxPrice).</summary>
public sealed record InstanceTypeInfo(
    string Name,
    int VCpus,
    int MemoryMiB,
    string GpuName,
    string GpuManufacturer,
    int GpuCount,
    int GpuMemoryMiB,
    decimal OnDemandPricePerHour,
    decimal TypicalSpotDiscount);
