namespace Spot.CostModel.Catalog;

/// <summary>
/// What a job needs from one instance. Counts are minimums: a type with more GPUs or memory fits, and placement's
/// cost ranking pushes oversized types down. A GPU model or minimum GPU memory implies at least one GPU.
/// </summary>
public sealed record ResourceRequirement(
    int Gpus = 0,
    string? GpuModel = null,
    decimal? MinGpuMemoryGiB = null,
    int VCpus = 0,
    decimal MemoryGiB = 0)
{
    /// <summary>The least number of GPUs a fitting type must have.</summary>
    public int MinimumGpus => Gpus > 0 ? Gpus : GpuModel is not null || MinGpuMemoryGiB is not null ? 1 : 0;

    /// <summary>Every requirement the type fails, each naming the need and what the type has; empty when it fits.</summary>
    public IReadOnlyList<string> UnmetBy(InstanceTypeInfo type)
    {
        var unmet = new List<string>();
        if (type.GpuCount < MinimumGpus)
        {
            unmet.Add($"needs {MinimumGpus} GPU(s), has {type.GpuCount}");
        }

        if (GpuModel is not null && type.HasGpus && !string.Equals(type.GpuModel, GpuModel, StringComparison.OrdinalIgnoreCase))
        {
            unmet.Add($"needs GPU model {GpuModel}, has {type.GpuModel}");
        }

        if (MinGpuMemoryGiB is { } minGpuMemory && type.HasGpus && type.GpuMemoryGiB < minGpuMemory)
        {
            unmet.Add($"needs {minGpuMemory} GiB per GPU, has {type.GpuMemoryGiB} GiB");
        }

        if (type.VCpus < VCpus)
        {
            unmet.Add($"needs {VCpus} vCPUs, has {type.VCpus}");
        }

        if (type.MemoryGiB < MemoryGiB)
        {
            unmet.Add($"needs {MemoryGiB} GiB memory, has {type.MemoryGiB} GiB");
        }

        return unmet;
    }

    public bool IsMetBy(InstanceTypeInfo type) => UnmetBy(type).Count == 0;
}
