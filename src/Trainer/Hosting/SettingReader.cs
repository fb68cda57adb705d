using System.Globalization;

namespace Spot.Trainer.Hosting;

/// <summary>
/// Typed reads of named string settings that collect every problem instead of stopping at the first, so a
/// misconfigured job reports all its mistakes in one start.
/// </summary>
public sealed class SettingReader
{
    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly List<string> _problems = [];

    public SettingReader(IReadOnlyDictionary<string, string> values)
    {
        _values = values;
    }

    public IReadOnlyList<string> Problems => _problems;

    public void Problem(string name, string rule) => _problems.Add($"{name}: {rule}");

    /// <summary>Records a problem whose message already names its setting.</summary>
    public void Report(string message) => _problems.Add(message);

    public string Required(string name)
    {
        if (_values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
            return value.Trim();
        Problem(name, "is required");
        return "";
    }

    public long RequiredLong(string name, long min)
    {
        if (_values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
            return Optional(name, min) ?? 0;
        Problem(name, "is required");
        return 0;
    }

    public string Text(string name, string fallback) =>
        _values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : fallback;

    public string OneOf(string name, string fallback, params string[] allowed)
    {
        var value = Text(name, fallback).ToLowerInvariant();
        if (!allowed.Contains(value))
            Problem(name, $"'{value}' is not one of {string.Join(", ", allowed)}");
        return value;
    }

    public long Long(string name, long fallback, long min, long max = long.MaxValue) =>
        Optional(name, min, max) ?? fallback;

    public int Int(string name, int fallback, int min, int max = int.MaxValue) =>
        (int)Long(name, fallback, min, max);

    /// <summary>A whole number in [min, max], or null when the setting is absent (or wrong, which is recorded).</summary>
    public long? Optional(string name, long min, long max = long.MaxValue)
    {
        if (!_values.TryGetValue(name, out var text) || string.IsNullOrWhiteSpace(text)) return null;
        if (long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        Problem(name, $"'{text}' must be a whole number in [{min}, {(max == long.MaxValue ? "∞" : max)}]");
        return null;
    }

    public double Double(string name, double fallback, double min, double max)
    {
        if (!_values.TryGetValue(name, out var text) || string.IsNullOrWhiteSpace(text)) return fallback;
        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        Problem(name, $"'{text}' must be a number in [{min}, {max}]");
        return fallback;
    }
}
