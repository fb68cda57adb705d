using System.Globalization;
using System.Text.Json;

namespace Spot.CostModel.Pricing;

/// <summary>Reads spot-advisor.json: {source, as_of, ranges:[{index,label}], regions:{region:{type:{savings_percent, range_index}}}}.</summary>
internal static class SpotAdvisorReader
{
    public static SpotAdvisor Read(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        CheckRanges(root.GetProperty("ranges"));
        var entries = new List<AdvisorEntry>();
        foreach (var region in root.GetProperty("regions").EnumerateObject())
        {
            foreach (var type in region.Value.EnumerateObject())
            {
                entries.Add(new AdvisorEntry(
                    region.Name,
                    type.Name,
                    type.Value.GetProperty("savings_percent").GetInt32(),
                    InterruptionBucket.FromIndex(type.Value.GetProperty("range_index").GetInt32())));
            }
        }

        var asOf = DateOnly.ParseExact(root.GetProperty("as_of").GetString() ?? string.Empty, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new SpotAdvisor(root.GetProperty("source").GetString() ?? string.Empty, asOf, entries);
    }

    // The buckets' meaning lives in code (InterruptionBucket); refuse data whose labels say otherwise.
    private static void CheckRanges(JsonElement ranges)
    {
        foreach (var range in ranges.EnumerateArray())
        {
            var bucket = InterruptionBucket.FromIndex(range.GetProperty("index").GetInt32());
            var label = range.GetProperty("label").GetString();
            if (label != bucket.Label)
            {
                throw new FormatException($"ranges[{bucket.Index}]: label '{label}' does not match the expected '{bucket.Label}'.");
            }
        }
    }
}
