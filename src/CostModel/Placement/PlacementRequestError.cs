namespace Spot.CostModel.Placement;

/// <summary>One thing wrong with a request: the field (see <see cref="PlacementFields"/>) and the broken rule.</summary>
public sealed record PlacementRequestError(string Field, string Problem)
{
    public override string ToString() => $"{Field}: {Problem}";
}

/// <summary>Names of request fields as errors report them; the CLI maps them to its options.</summary>
public static class PlacementFields
{
    public const string Gpus = "gpus";
    public const string GpuModel = "gpu_model";
    public const string MinGpuMemory = "min_gpu_memory_gib";
    public const string VCpus = "vcpus";
    public const string Memory = "memory_gib";
    public const string Regions = "regions";
    public const string Zones = "zones";
    public const string AllowedTypes = "types";
    public const string ExcludedTypes = "excluded_types";
    public const string Markets = "markets";
    public const string MaxPrice = "max_price";
    public const string MaxPriceFraction = "max_price_fraction";
    public const string WorkHours = "work_hours";
    public const string CheckpointCost = "checkpoint_cost";
    public const string CheckpointInterval = "checkpoint_interval";
    public const string RestartOverhead = "restart_overhead";
}

/// <summary>Thrown for a request that breaks one or more rules; <see cref="Errors"/> lists them all.</summary>
public sealed class PlacementRequestException : ArgumentException
{
    public PlacementRequestException(IReadOnlyList<PlacementRequestError> errors)
        : base("Invalid placement request: " + string.Join("; ", errors))
    {
        Errors = errors;
    }

    public PlacementRequestException()
        : this([])
    {
    }

    public PlacementRequestException(string message)
        : base(message)
    {
        Errors = [];
    }

    public PlacementRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<PlacementRequestError> Errors { get; }
}
