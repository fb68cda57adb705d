namespace Spot.LocalCloud.Ec2;

/// <summary>TagSpecification.N.ResourceType + Tag.M.Key/Value, grouped by the resource type they tag.</summary>
public static class TagSpecifications
{
    public const string Instance = "instance";
    public const string SpotRequest = "spot-instances-request";
    private static readonly string[] Known = [Instance, SpotRequest, "fleet", "volume", "network-interface", "launch-template"];

    public static Dictionary<string, Dictionary<string, string>> Read(QueryParameters query, string name = "TagSpecification")
    {
        var byType = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var spec in query.Structures(name))
        {
            var type = spec.OneOf("ResourceType", Known) ?? throw Ec2Errors.MissingParameter($"{name}.N.ResourceType");
            var tags = byType.TryGetValue(type, out var existing) ? existing : byType[type] = new(StringComparer.Ordinal);
            foreach (var (key, value) in Tags(spec))
            {
                tags[key] = value;
            }
        }

        return byType;
    }

    /// <summary>Tag.N.Key / Tag.N.Value pairs (an empty value is allowed, an empty key is not).</summary>
    public static IEnumerable<(string Key, string Value)> Tags(QueryParameters query) =>
        query.Structures("Tag").Select(t => (t.Required("Key"), t.String("Value") ?? ""));

    public static IReadOnlyDictionary<string, string> For(Dictionary<string, Dictionary<string, string>> byType, string type) =>
        byType.TryGetValue(type, out var tags) ? tags : new Dictionary<string, string>();
}
