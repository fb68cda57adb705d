using System.Globalization;

namespace Spot.Trainer.Models;

/// <summary>
/// A model's hyperparameters as written in a job: <c>key=value</c> pairs separated by <c>;</c>, lists by <c>,</c>.
/// Every getter names the key and the rule it breaks, so a typo in a job spec fails at start with a clear reason.
/// </summary>
public sealed class HyperParameters
{
    private readonly Dictionary<string, string> _values;
    private readonly string _source;

    private HyperParameters(Dictionary<string, string> values, string source)
    {
        _values = values;
        _source = source;
    }

    public static HyperParameters Parse(string? text, string source)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == entry.Length - 1)
                throw new ArgumentException($"{source}: '{entry}' is not of the form key=value");
            var key = entry[..equals].Trim();
            if (!values.TryAdd(key, entry[(equals + 1)..].Trim()))
                throw new ArgumentException($"{source}: '{key}' is given twice");
        }
        return new HyperParameters(values, source);
    }

    /// <summary>Fails on any key the model does not know, listing the ones it does.</summary>
    public void AllowOnly(params string[] keys)
    {
        var unknown = _values.Keys.FirstOrDefault(key => !keys.Contains(key, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
            throw new ArgumentException($"{_source}: unknown key '{unknown}'; this model takes {string.Join(", ", keys)}");
    }

    /// <summary>An error about these hyperparameters, prefixed with where they came from.</summary>
    public ArgumentException Invalid(string rule) => new($"{_source}: {rule}");

    public int GetInt(string key, int fallback, int min, int max = int.MaxValue) =>
        _values.TryGetValue(key, out var text) ? ParseInt(key, text, min, max) : fallback;

    public double GetDouble(string key, double fallback, double min, double max)
    {
        if (!_values.TryGetValue(key, out var text)) return fallback;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new ArgumentException($"{_source}: {key}={text} must be a number in [{min}, {max}]");
        return value;
    }

    public bool GetBool(string key, bool fallback)
    {
        if (!_values.TryGetValue(key, out var text)) return fallback;
        if (!bool.TryParse(text, out var value))
            throw new ArgumentException($"{_source}: {key}={text} must be true or false");
        return value;
    }

    public int[] GetIntList(string key, int[] fallback, int min, int max = int.MaxValue)
    {
        if (!_values.TryGetValue(key, out var text)) return fallback;
        var items = text.Split(',', StringSplitOptions.TrimEntries);
        return items.Select(item => ParseInt(key, item, min, max)).ToArray();
    }

    private int ParseInt(string key, string text, int min, int max)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new ArgumentException($"{_source}: {key}={text} must be a whole number in [{min}, {max}]");
        return value;
    }
}
