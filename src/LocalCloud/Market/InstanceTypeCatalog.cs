namespace Spot.LocalCloud.Market;

/// <summary>
/// The instance types LocalCloud sells. Figures are AWS's published Linux on-demand prices in us-east-1 and the
/// hardware of each type; the discount is a round typical spot saving used only to seed the sample market.
/// </summary>
public sealed class InstanceTypeCatalog
{
    private readonly Dictionary<string, InstanceTypeInfo> _types;

    public InstanceTypeCatalog(IEnumerable<InstanceTypeInfo> types)
    {
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public static InstanceTypeCatalog Default { get; } = new(
    [
        new("g4dn.xlarge", 4, 16_384, "T4", "NVIDIA", 1, 16_384, 0.526m, 0.64m),
        new("g4dn.12xlarge", 48, 196_608, "T4", "NVIDIA", 4, 65_536, 3.912m, 0.62m),
        new("g5.xlarge", 4, 16_384, "A10G", "NVIDIA", 1, 24_576, 1.006m, 0.64m),
        new("g5.12xlarge", 48, 196_608, "A10G", "NVIDIA", 4, 98_304, 5.672m, 0.62m),
        new("g6.xlarge", 4, 16_384, "L4", "NVIDIA", 1, 23_040, 0.8048m, 0.60m),
        new("p3.2xlarge", 8, 62_464, "V100", "NVIDIA", 1, 16_384, 3.06m, 0.70m),
        new("p3.8xlarge", 32, 249_856, "V100", "NVIDIA", 4, 65_536, 12.24m, 0.68m),
        new("p4d.24xlarge", 96, 1_179_648, "A100", "NVIDIA", 8, 327_680, 32.7726m, 0.60m),
    ]);

    public IReadOnlyCollection<InstanceTypeInfo> All => _types.Values;

    public InstanceTypeInfo? Find(string name) => _types.GetValueOrDefault(name);
}
