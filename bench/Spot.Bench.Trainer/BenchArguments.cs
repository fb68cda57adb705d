using System.Globalization;

namespace Spot.Bench.Trainer;

/// <summary>A bad benchmark argument; the message names it and the rule it breaks.</summary>
public sealed class BenchArgumentException(string message) : Exception(message);

/// <summary>
/// <c>--name value</c> pairs. Every name must be one the chosen benchmark knows, and every getter names the option
/// and its rule, so a typo fails at once instead of running a long benchmark with a default.
/// </summary>
public sealed class BenchArguments
{
    /// <summary>Options every benchmark takes.</summary>
    public static readonly string[] Common = ["threads", "runs", "data"];

    private readonly Dictionary<string, string> _values;

    private BenchArguments(Dictionary<string, string> values) => _values = values;

    public static BenchArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> known)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || !known.Contains(args[i][2..]))
                throw new BenchArgumentException($"'{args[i]}' is not an option here; expected one of {string.Join(", ", known.Select(k => "--" + k))}");
            if (i + 1 >= args.Count)
                throw new BenchArgumentException($"{args[i]} needs a value");
            if (!values.TryAdd(args[i][2..], args[i + 1]))
                throw new BenchArgumentException($"{args[i]} is given twice");
        }
        return new BenchArguments(values);
    }

    public int Int(string name, int fallback, int min, int max = int.MaxValue)
    {
        if (!_values.TryGetValue(name, out var text)) return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new BenchArgumentException($"--{name} {text}: must be a whole number in [{min}, {max}]");
        return value;
    }

    public double Double(string name, double fallback, double min, double max)
    {
        if (!_values.TryGetValue(name, out var text)) return fallback;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value >= min && value <= max))
            throw new BenchArgumentException($"--{name} {text}: must be a number in [{min}, {max}]");
        return value;
    }

    public string Text(string name, string fallback) => _values.GetValueOrDefault(name, fallback);

    /// <summary>An existing directory; the message says which option named a missing one.</summary>
    public string Directory(string name, string fallback)
    {
        var path = Text(name, fallback);
        if (!System.IO.Directory.Exists(path))
            throw new BenchArgumentException($"--{name} {path}: no such directory");
        return path;
    }
}
