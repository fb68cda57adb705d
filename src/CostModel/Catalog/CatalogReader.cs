using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spot.CostModel.Catalog;

/// <summary>Reads and validates catalog.json. Every problem found is reported at once, each naming entry and field.</summary>
internal static class CatalogReader
{
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static InstanceCatalog Read(Stream json, string sourceName)
    {
        CatalogDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<CatalogDocument>(json, Options);
        }
        catch (JsonException e)
        {
            throw new CatalogFormatException($"{sourceName}: not valid catalog JSON at {e.Path ?? "$"}: {e.Message}", e);
        }

        if (document is null)
        {
            throw new CatalogFormatException($"{sourceName}: the file holds JSON null, not a catalog.");
        }

        var problems = new List<string>();
        var snapshotDate = ReadHeader(document, problems);
        var zones = ZoneEntriesReader.Read(document.Regions, problems);
        var types = TypeEntriesReader.Read(document.InstanceTypes, zones, problems);
        var spot = SpotEntriesReader.Read(document.SpotPrices, zones, types, problems);
        if (problems.Count > 0)
        {
            throw new CatalogFormatException($"{sourceName} is not a valid catalog:{Environment.NewLine}- "
                + string.Join(Environment.NewLine + "- ", problems));
        }

        return new InstanceCatalog(snapshotDate, document.Sources!, types.Values, new ZoneMap(zones), spot);
    }

    private static DateOnly ReadHeader(CatalogDocument document, List<string> problems)
    {
        if (document.SchemaVersion != SchemaVersion)
        {
            problems.Add($"field \"schema_version\" must be {SchemaVersion} (got {Show(document.SchemaVersion)})");
        }

        if (document.Sources is not { Count: > 0 } || document.Sources.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("field \"sources\" must list at least one non-empty source");
        }

        if (DateOnly.TryParseExact(document.SnapshotDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"field \"snapshot_date\" must be a date as yyyy-MM-dd (got {Show(document.SnapshotDate)})");
        return default;
    }

    internal static string Show(object? value) => value switch
    {
        null => "nothing",
        string s => $"\"{s}\"",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "nothing",
    };
}
