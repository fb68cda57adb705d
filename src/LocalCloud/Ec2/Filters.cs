namespace Spot.LocalCloud.Ec2;

/// <summary>One Filter.N: a name and values matched with EC2's wildcards (* and ?); values of one filter are ORed.</summary>
public sealed record Filter(string Name, IReadOnlyList<string> Values)
{
    private readonly FilterValues _values = new(Values);

    public bool Matches(string? candidate) => candidate is not null && _values.Matches(candidate);

    public bool MatchesAny(IEnumerable<string?> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (Matches(candidate))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Reads Filter.N.Name / Filter.N.Value.M and applies them: every filter must match (AND).</summary>
public static class Filters
{
    public static IReadOnlyList<Filter> Read(QueryParameters query) =>
        query.Structures("Filter").Select(f => new Filter(f.Required("Name"), f.List("Value"))).ToList();

    /// <summary>
    /// Keeps the items every filter accepts. <paramref name="known"/> lists the filter names the action supports
    /// ("tag:*" admits every tag:KEY); <paramref name="field"/> gives an item's values for one of them.
    /// </summary>
    public static List<T> Apply<T>(IEnumerable<T> items, IReadOnlyList<Filter> filters, IReadOnlyCollection<string> known, Func<T, string, IEnumerable<string?>> field)
    {
        foreach (var filter in filters.Where(f => !known.Contains(f.Name) && !(f.Name.StartsWith("tag:", StringComparison.Ordinal) && known.Contains("tag:*"))))
        {
            throw Ec2Errors.InvalidParameterValue("Filter.Name", filter.Name, $"The filter '{filter.Name}' is invalid for this action; valid filters: {string.Join(", ", known)}.");
        }

        var kept = new List<T>();
        foreach (var item in items)
        {
            if (AcceptedByAll(item, filters, field))
            {
                kept.Add(item);
            }
        }

        return kept;
    }

    private static bool AcceptedByAll<T>(T item, IReadOnlyList<Filter> filters, Func<T, string, IEnumerable<string?>> field)
    {
        foreach (var filter in filters)
        {
            if (!filter.MatchesAny(field(item, filter.Name)))
            {
                return false;
            }
        }

        return true;
    }

    public static readonly string[] TagFilters = ["tag:*", "tag-key", "tag-value"];

    /// <summary>The values of tag filters: tag:KEY, tag-key, tag-value; nothing for other names.</summary>
    public static IEnumerable<string?> Tag(IReadOnlyDictionary<string, string> tags, string name) => name switch
    {
        "tag-key" => tags.Keys,
        "tag-value" => tags.Values,
        _ when name.StartsWith("tag:", StringComparison.Ordinal) => tags.TryGetValue(name[4..], out var v) ? [v] : [],
        _ => [],
    };
}
