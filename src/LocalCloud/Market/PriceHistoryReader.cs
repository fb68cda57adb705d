using System.Globalization;
using System.Text.Json;

namespace Spot.LocalCloud.Market;

/// <summary>One DescribeSpotPriceHistory row.</summary>
public sealed record PriceRecord(PoolKey Pool, string ProductDescription, decimal Price, DateTimeOffset Timestamp);

/// <summary>
/// Reads spot price history in the shapes AWS hands out: the CLI's JSON ({"SpotPriceHistory":[{...}]}) or a CSV/TSV
/// whose header names the columns Timestamp, AvailabilityZone, InstanceType, ProductDescription and SpotPrice.
/// </summary>
public static class PriceHistoryReader
{
    private static readonly string[] Columns = ["Timestamp", "AvailabilityZone", "InstanceType", "ProductDescription", "SpotPrice"];

    public static IReadOnlyList<PriceRecord> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"Price history file '{path}' does not exist.");
        }

        var text = File.ReadAllText(path);
        return text.TrimStart().StartsWith('{') ? ReadJson(path, text) : ReadDelimited(path, text);
    }

    private static List<PriceRecord> ReadJson(string path, string text)
    {
        using var document = JsonDocument.Parse(text);
        if (!document.RootElement.TryGetProperty("SpotPriceHistory", out var rows) || rows.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path}: expected an object with a 'SpotPriceHistory' array.");
        }

        var records = new List<PriceRecord>();
        var index = 0;
        foreach (var row in rows.EnumerateArray())
        {
            string Field(string name) => row.TryGetProperty(name, out var v)
                ? v.ValueKind == JsonValueKind.Number ? v.GetRawText() : v.GetString() ?? ""
                : throw new InvalidDataException($"{path}: SpotPriceHistory[{index}] has no '{name}'.");
            records.Add(Parse($"{path}: SpotPriceHistory[{index}]", Field("Timestamp"), Field("AvailabilityZone"),
                Field("InstanceType"), Field("ProductDescription"), Field("SpotPrice")));
            index++;
        }

        return records;
    }

    private static List<PriceRecord> ReadDelimited(string path, string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var separator = lines[0].Contains('\t') ? '\t' : ',';
        var header = lines[0].Split(separator).Select(h => h.Trim()).ToArray();
        var positions = Columns.Select(c => Array.FindIndex(header, h => h.Equals(c, StringComparison.OrdinalIgnoreCase))).ToArray();
        var missing = Columns.Where((_, i) => positions[i] < 0).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidDataException($"{path}: the header lacks the column(s) {string.Join(", ", missing)}.");
        }

        var records = new List<PriceRecord>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split(separator);
            if (cells.Length < header.Length)
            {
                throw new InvalidDataException($"{path}:{i + 1}: expected {header.Length} columns, found {cells.Length}.");
            }

            string Cell(int column) => cells[positions[column]].Trim();
            records.Add(Parse($"{path}:{i + 1}", Cell(0), Cell(1), Cell(2), Cell(3), Cell(4)));
        }

        return records;
    }

    private static PriceRecord Parse(string where, string timestamp, string zone, string type, string product, string price)
    {
        if (!DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            throw new InvalidDataException($"{where}: Timestamp '{timestamp}' is not a date and time.");
        }

        if (!decimal.TryParse(price, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            throw new InvalidDataException($"{where}: SpotPrice '{price}' is not a positive number.");
        }

        if (!AvailabilityZones.IsZoneName(zone))
        {
            throw new InvalidDataException($"{where}: AvailabilityZone '{zone}' is not a zone name such as us-east-1a.");
        }

        return new PriceRecord(new PoolKey(type, zone), product, value, at.ToUniversalTime());
    }
}
