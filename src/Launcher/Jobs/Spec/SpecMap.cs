using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// Typed reads of one YAML mapping of a spec. It reports unknown keys as soon as it is opened, and every read that
/// fails records a problem naming the field's path and the rule, then returns null so the reader can go on and
/// find the next problem. A section that is absent or malformed reads as empty without claiming its required keys
/// are missing: the section's own problem already says why.
/// </summary>
internal sealed class SpecMap
{
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);
    private readonly YamlNode? _node;
    private readonly bool _reportMissing;

    private SpecMap(string path, SpecProblems problems, YamlNode? node, bool reportMissing)
    {
        Path = path;
        Problems = problems;
        _node = node;
        _reportMissing = reportMissing;
    }

    public string Path { get; }

    public SpecProblems Problems { get; }

    /// <summary>The entries as written, for free-form maps (keys unchecked).</summary>
    public IEnumerable<KeyValuePair<string, YamlNode>> Entries => _values;

    /// <summary>Opens a mapping whose keys must be among <paramref name="keys"/>; null keys allows any key.</summary>
    public static SpecMap Open(YamlNode? node, string path, SpecProblems problems, IReadOnlyList<string>? keys)
    {
        if (node is null || YamlText.IsNull(node))
            return new SpecMap(path, problems, null, reportMissing: false);

        if (node is not YamlMappingNode mapping)
        {
            var expected = keys is null ? "key: value pairs" : "keys " + string.Join(", ", keys);
            problems.Add(path, $"must be a mapping of {expected}, not {YamlText.Describe(node)}", node);
            return new SpecMap(path, problems, null, reportMissing: false);
        }

        var map = new SpecMap(path, problems, mapping, reportMissing: true);
        foreach (var (keyNode, value) in mapping.Children)
            map.Admit(keyNode, value, keys);
        return map;
    }

    public string PathOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public bool Has(string key) => Node(key) is not null;

    public YamlNode? Node(string key) => _values.TryGetValue(key, out var node) && !YamlText.IsNull(node) ? node : null;

    public void Fail(string key, string message) => Problems.Add(PathOf(key), message, Node(key) ?? _node);

    /// <summary>A problem with the section as a whole, reported only when the section was written.</summary>
    public void FailSection(string message)
    {
        if (_reportMissing)
            Problems.Add(Path, message, _node);
    }

    public SpecMap Map(string key, IReadOnlyList<string>? keys, bool required = false)
    {
        if (required) Require(key, "");
        return Open(Node(key), PathOf(key), Problems, keys);
    }

    public string? Text(string key, bool required = false)
    {
        if (Node(key) is not { } node)
            return required ? Require(key, "") : null;
        if (node is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
            return scalar.Value.Trim();
        Fail(key, $"must be text, not {YamlText.Describe(node)}");
        return null;
    }

    /// <summary>One of a fixed set of words; the fallback when absent and not required, null when wrong.</summary>
    public string? Choice(string key, IReadOnlyList<string> choices, string? fallback)
    {
        var options = string.Join(", ", choices);
        if (!Has(key))
            return fallback ?? Require(key, $"; one of {options}");
        var text = Text(key);
        if (text is null || choices.Contains(text, StringComparer.Ordinal))
            return text;
        Fail(key, $"'{text}' is not one of {options}");
        return null;
    }

    public long? WholeNumber(string key, NumberRange range, bool required = false)
    {
        if (Number(key, range, required) is not { } value)
            return null;
        if (value == decimal.Truncate(value) && value is >= long.MinValue and <= long.MaxValue)
            return (long)value;
        Fail(key, $"must be a whole number (got {value})");
        return null;
    }

    public decimal? Number(string key, NumberRange range, bool required = false)
    {
        if (Node(key) is not { } node)
        {
            if (required) Require(key, $"; a number {range.Describe()}");
            return null;
        }

        if (node is not YamlScalarNode scalar || YamlText.IsQuoted(scalar))
        {
            Fail(key, $"must be a number {range.Describe()}, not {YamlText.Describe(node)}");
            return null;
        }

        if (!decimal.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            Fail(key, $"must be a number {range.Describe()} (got '{scalar.Value}')");
            return null;
        }

        if (range.Contains(value))
            return value;
        Fail(key, $"must be {range.Describe()} (got {value})");
        return null;
    }

    /// <summary>A list of non-empty texts; each item's path carries its index.</summary>
    public IReadOnlyList<(string Text, string Path, YamlNode Node)> TextList(string key)
    {
        if (Node(key) is not { } node)
            return [];
        if (node is not YamlSequenceNode sequence)
        {
            Fail(key, $"must be a list, not {YamlText.Describe(node)}");
            return [];
        }

        var items = new List<(string, string, YamlNode)>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            var path = $"{PathOf(key)}[{i}]";
            if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
                items.Add((text.Trim(), path, item));
            else
                Problems.Add(path, $"must be text, not {YamlText.Describe(item)}", item);
        }

        return items;
    }

    // Records "is required" (with a hint) when the key is missing from a mapping that was actually written; returns
    // null so text reads can end with it.
    private string? Require(string key, string hint)
    {
        if (!Has(key) && _reportMissing)
            Problems.Add(PathOf(key), $"is required{hint}", _values.TryGetValue(key, out var empty) ? empty : _node);
        return null;
    }

    private void Admit(YamlNode keyNode, YamlNode value, IReadOnlyList<string>? keys)
    {
        if (keyNode is not YamlScalarNode { Value: { } key } || string.IsNullOrWhiteSpace(key))
        {
            Problems.Add(Path, $"keys must be plain words, not {YamlText.Describe(keyNode)}", keyNode);
            return;
        }

        if (keys is not null && !keys.Contains(key, StringComparer.Ordinal))
        {
            var hint = KeySuggestion.Closest(key, keys) is { } near ? $"did you mean {near}?" : $"expected one of {string.Join(", ", keys)}";
            Problems.Add(PathOf(key), $"unknown key; {hint}", keyNode);
            return;
        }

        _values[key] = value;
    }
}
