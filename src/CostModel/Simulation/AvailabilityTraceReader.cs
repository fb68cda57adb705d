using System.Text.Json;

namespace Spot.CostModel.Simulation;

/// <summary>
/// Reads availability traces in the public spot-traces format:
/// <c>{"metadata": {"gap_seconds": G}, "data": [n, ...]}</c>, where n is how many spot instances could be had in
/// that tick. A node count says how many are needed for the pool to count as available (1 for the 1-node files).
/// </summary>
public static class AvailabilityTraceReader
{
    public static AvailabilityTrace Read(Stream json, string name, int nodesNeeded = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodesNeeded, 1);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Trace '{name}' is not valid JSON: {e.Message}", e);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Bad(name, "$", "must be an object");
            if (!root.TryGetProperty("metadata", out var meta) || meta.ValueKind != JsonValueKind.Object)
                throw Bad(name, "$.metadata", "is missing");
            if (!meta.TryGetProperty("gap_seconds", out var gap) || gap.ValueKind != JsonValueKind.Number || !(gap.GetDouble() > 0))
                throw Bad(name, "$.metadata.gap_seconds", "must be a positive number");
            if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array || data.GetArrayLength() == 0)
                throw Bad(name, "$.data", "must be a non-empty array");

            var samples = new bool[data.GetArrayLength()];
            var i = 0;
            foreach (var item in data.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var count) || count < 0)
                    throw Bad(name, $"$.data[{i}]", "must be a whole number of instances, zero or more");
                samples[i++] = count >= nodesNeeded;
            }

            return new AvailabilityTrace(name, gap.GetDouble(), samples);
        }
    }

    public static AvailabilityTrace ReadFile(string path, int nodesNeeded = 1)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileNameWithoutExtension(path), nodesNeeded);
    }

    private static FormatException Bad(string name, string path, string rule) =>
        new($"Trace '{name}': {path} {rule}.");
}
