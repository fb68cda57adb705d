namespace Spot.CostModel.Catalog;

// The JSON shape of catalog.json (snake_case). Every member is nullable so that CatalogReader, not the
// serializer, decides what is missing and can name the entry it belongs to.
#pragma warning disable CA1812 // created by System.Text.Json
internal sealed class CatalogDocument
{
    public int? SchemaVersion { get; set; }

    public string? SnapshotDate { get; set; }

    public List<string>? Sources { get; set; }

    public string? ZoneMappingNote { get; set; }

    public List<RegionEntry?>? Regions { get; set; }

    public List<InstanceTypeEntry?>? InstanceTypes { get; set; }

    public SpotPricesEntry? SpotPrices { get; set; }
}

internal sealed class RegionEntry
{
    public string? Name { get; set; }

    public List<ZoneEntry?>? Zones { get; set; }
}

internal sealed class ZoneEntry
{
    public string? Id { get; set; }

    public string? Name { get; set; }
}

internal sealed class InstanceTypeEntry
{
    public string? Name { get; set; }

    public int? Vcpus { get; set; }

    public decimal? MemoryGib { get; set; }

    public int? GpuCount { get; set; }

    public string? GpuModel { get; set; }

    public decimal? GpuMemoryGib { get; set; }

    public Dictionary<string, decimal>? OnDemandUsdPerHour { get; set; }
}

internal sealed class SpotPricesEntry
{
    public DateTimeOffset? AsOf { get; set; }

    public string? Source { get; set; }

    public List<SpotPriceEntry?>? Prices { get; set; }
}

internal sealed class SpotPriceEntry
{
    public string? InstanceType { get; set; }

    public string? ZoneId { get; set; }

    public decimal? UsdPerHour { get; set; }
}
#pragma warning restore CA1812
