using System.Globalization;

namespace Spot.LocalCloud.Ec2;

/// <summary>
/// The flattened parameters of an EC2 query request ("Filter.1.Value.2=..."), read with AWS's rules: lists are
/// Name.1..Name.N, structures are Name.Member. Malformed values fail with InvalidParameterValue naming the parameter.
/// </summary>
public sealed class QueryParameters
{
    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly string _prefix;

    public QueryParameters(IReadOnlyDictionary<string, string> values, string prefix = "")
    {
        _values = values;
        _prefix = prefix;
    }

    public string? String(string name) => _values.TryGetValue(_prefix + name, out var value) && value.Length > 0 ? value : null;

    public string Required(string name) => String(name) ?? throw Ec2Errors.MissingParameter(_prefix + name);

    public int? Int(string name, int min, int max)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw Ec2Errors.InvalidParameterValue(_prefix + name, text, $"It must be an integer from {min} to {max}.");
    }

    public decimal? Decimal(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw Ec2Errors.InvalidParameterValue(_prefix + name, text, "It must be a positive decimal number.");
    }

    public bool? Bool(string name) => String(name) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        var other => throw Ec2Errors.InvalidParameterValue(_prefix + name, other, "It must be true or false."),
    };

    public DateTimeOffset? Date(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.ToUniversalTime()
            : throw Ec2Errors.InvalidParameterValue(_prefix + name, text, "It must be an ISO 8601 date and time.");
    }

    /// <summary>One of <paramref name="allowed"/>, or null when absent.</summary>
    public string? OneOf(string name, params string[] allowed)
    {
        var text = String(name);
        return text is null || allowed.Contains(text, StringComparer.Ordinal)
            ? text
            : throw Ec2Errors.InvalidParameterValue(_prefix + name, text, $"It must be one of: {string.Join(", ", allowed)}.");
    }

    /// <summary>The values of Name.1, Name.2, ... in index order.</summary>
    public IReadOnlyList<string> List(string name) =>
        Indices(name).Select(i => String($"{name}.{i}")).OfType<string>().ToList();

    /// <summary>The structures Name.1.*, Name.2.*, ... in index order.</summary>
    public IReadOnlyList<QueryParameters> Structures(string name) =>
        Indices(name).Select(i => Structure($"{name}.{i}")).ToList();

    public QueryParameters Structure(string name) => new(_values, $"{_prefix}{name}.");

    public bool Has(string name)
    {
        var key = _prefix + name;
        return _values.Keys.Any(k => k == key || k.StartsWith(key + ".", StringComparison.Ordinal));
    }

    /// <summary>Every parameter but those named, as one stable string (the fingerprint behind ClientToken idempotency).</summary>
    public string Fingerprint(params string[] except) =>
        string.Join('&', _values.Where(p => !except.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    private SortedSet<int> Indices(string name)
    {
        var head = $"{_prefix}{name}.";
        var indices = new SortedSet<int>();
        foreach (var key in _values.Keys.Where(k => k.StartsWith(head, StringComparison.Ordinal)))
        {
            var rest = key.AsSpan(head.Length);
            var dot = rest.IndexOf('.');
            var indexText = dot < 0 ? rest : rest[..dot];
            if (!int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < 1)
            {
                throw Ec2Errors.InvalidParameterValue(key, _values[key], $"Members of {_prefix}{name} are numbered from 1.");
            }

            indices.Add(index);
        }

        return indices;
    }
}
