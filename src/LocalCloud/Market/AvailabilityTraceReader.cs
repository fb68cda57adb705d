using System.Text.Json;

namespace Spot.LocalCloud.Market;

/// <summary>A pool's availability read from a trace file; prices only when the file carries them.</summary>
public sealed record AvailabilityTrace(StepSeries<int> Capacity, StepSeries<decimal>? Prices);

/// <summary>
/// Reads availability traces shaped {"metadata":{"gap_seconds":G},"data":[n,...],"prices":[p,...]}: tick i lasts G
/// seconds and data[i] instances can be had in it (1-node traces: 1 = available). Each unit counts as
/// <c>unitCapacity</c> instances.
/// </summary>
public static class AvailabilityTraceReader
{
    public static AvailabilityTrace Read(string path, int unitCapacity)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"Availability trace '{path}' does not exist.");
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        if (!root.TryGetProperty("metadata", out var metadata) || !metadata.TryGetProperty("gap_seconds", out var gapElement)
            || !gapElement.TryGetInt32(out var gapSeconds) || gapSeconds <= 0)
        {
            throw new InvalidDataException($"{path}: metadata.gap_seconds must be a positive integer.");
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array || data.GetArrayLength() == 0)
        {
            throw new InvalidDataException($"{path}: 'data' must be a non-empty array of instance counts.");
        }

        var gap = TimeSpan.FromSeconds(gapSeconds);
        var period = gap * data.GetArrayLength();
        var counts = data.EnumerateArray().Select((v, i) => v.TryGetInt32(out var n) && n >= 0
            ? (gap * i, n * unitCapacity)
            : throw new InvalidDataException($"{path}: data[{i}] must be a non-negative integer.")).ToList();

        StepSeries<decimal>? prices = null;
        if (root.TryGetProperty("prices", out var priceArray) && priceArray.ValueKind == JsonValueKind.Array && priceArray.GetArrayLength() > 0)
        {
            prices = new StepSeries<decimal>(priceArray.EnumerateArray().Select((v, i) => v.TryGetDecimal(out var p) && p > 0
                ? (gap * i, p)
                : throw new InvalidDataException($"{path}: prices[{i}] must be a positive number.")).ToList(), period);
        }

        return new AvailabilityTrace(new StepSeries<int>(counts, period), prices);
    }
}
