namespace Spot.CostModel.Catalog;

/// <summary>
/// Instance types with their on-demand prices, the zones of each region, and a spot price snapshot. The bundled
/// copy is a dated snapshot; <see cref="Load"/> replaces it at run time from any stream of the same schema.
/// </summary>
public sealed class InstanceCatalog
{
    private static readonly Lazy<InstanceCatalog> BundledCatalog =
        new(() => CatalogReader.Read(EmbeddedData.Open(EmbeddedData.CatalogFile), "bundled catalog.json"));

    private readonly Dictionary<string, InstanceTypeInfo> _types;

    public InstanceCatalog(
        DateOnly snapshotDate,
        IReadOnlyList<string> sources,
        IEnumerable<InstanceTypeInfo> types,
        ZoneMap zones,
        SpotPriceSnapshot spotPrices)
    {
        SnapshotDate = snapshotDate;
        Sources = sources;
        Types = types.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        _types = Types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        Zones = zones;
        SpotPrices = spotPrices;
    }

    public DateOnly SnapshotDate { get; }

    public IReadOnlyList<string> Sources { get; }

    /// <summary>All types, ordered by name.</summary>
    public IReadOnlyList<InstanceTypeInfo> Types { get; }

    public ZoneMap Zones { get; }

    public IReadOnlyList<string> Regions => Zones.Regions;

    public SpotPriceSnapshot SpotPrices { get; }

    /// <summary>The snapshot that ships inside the assembly.</summary>
    public static InstanceCatalog Bundled() => BundledCatalog.Value;

    /// <summary>Reads a replacement catalog; a bad one throws <see cref="CatalogFormatException"/> naming the entry and field.</summary>
    public static InstanceCatalog Load(Stream json, string sourceName = "catalog") => CatalogReader.Read(json, sourceName);

    public bool TryFind(string name, out InstanceTypeInfo type) => _types.TryGetValue(name, out type!);

    public InstanceTypeInfo Find(string name) =>
        _types.TryGetValue(name, out var type)
            ? type
            : throw new KeyNotFoundException($"Instance type '{name}' is not in the catalog.");

    /// <summary>The types that meet every part of the requirement, ordered by name.</summary>
    public IReadOnlyList<InstanceTypeInfo> Fitting(ResourceRequirement requirement) =>
        Types.Where(requirement.IsMetBy).ToList();

    /// <summary>A copy whose zone names follow this account's mapping; the snapshot's pools are renamed with it.</summary>
    public InstanceCatalog WithZoneNames(IReadOnlyDictionary<string, string> namesById)
    {
        var renamed = Zones.WithNames(namesById);
        var oldToNew = Zones.Zones.ToDictionary(z => z.ZoneName, z => renamed.Zones.Single(r => r.ZoneId == z.ZoneId).ZoneName);
        var prices = SpotPrices.Prices.ToDictionary(
            p => p.Key with { AvailabilityZone = oldToNew[p.Key.AvailabilityZone] },
            p => p.Value);
        return new InstanceCatalog(SnapshotDate, Sources, Types, renamed, SpotPrices with { Prices = prices });
    }
}
