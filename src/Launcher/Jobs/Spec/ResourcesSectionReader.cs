using System.Text.RegularExpressions;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// Reads <c>resources</c> and <c>placement</c>. It checks the form of names here; whether the catalog knows them is
/// <see cref="JobSpecCatalogCheck"/>'s job, since the catalog is the caller's to choose.
/// </summary>
internal static partial class ResourcesSectionReader
{
    private static readonly string[] ResourceKeys =
        ["gpus", "gpu_model", "min_gpu_memory_gib", "vcpus", "memory_gib", "instance_types", "exclude_instance_types"];

    private static readonly string[] PlacementKeys = ["regions", "availability_zones"];

    public static ResourcesSpec ReadResources(SpecMap root)
    {
        var map = root.Map("resources", ResourceKeys);
        var allowed = Names(map, "instance_types", InstanceType(), "an instance type like g5.xlarge");
        var excluded = Names(map, "exclude_instance_types", InstanceType(), "an instance type like g5.xlarge");
        foreach (var type in allowed.Intersect(excluded, StringComparer.Ordinal))
            map.Fail("exclude_instance_types", $"'{type}' is both allowed and excluded");

        return new ResourcesSpec(
            (int)(map.WholeNumber("gpus", NumberRange.Between(0, 64)) ?? 0),
            map.Text("gpu_model"),
            map.Number("min_gpu_memory_gib", NumberRange.AboveZeroUpTo(1024)),
            (int)(map.WholeNumber("vcpus", NumberRange.Between(0, 4096)) ?? 0),
            map.Number("memory_gib", NumberRange.Between(0, 65_536)) ?? 0,
            allowed,
            excluded);
    }

    public static PlacementSpec ReadPlacement(SpecMap root)
    {
        var map = root.Map("placement", PlacementKeys);
        return new PlacementSpec(
            Names(map, "regions", Region(), "a region name like us-east-1"),
            Names(map, "availability_zones", Zone(), "a zone name like us-east-1a or a zone ID like use1-az1"));
    }

    // Each item must have the form; repeats are errors too, since they hint at a copy-paste slip.
    private static List<string> Names(SpecMap map, string key, Regex form, string expected)
    {
        var names = new List<string>();
        foreach (var (text, path, node) in map.TextList(key))
        {
            if (!form.IsMatch(text))
                map.Problems.Add(path, $"'{text}' is not {expected}", node);
            else if (names.Contains(text, StringComparer.Ordinal))
                map.Problems.Add(path, $"'{text}' is listed twice", node);
            else
                names.Add(text);
        }

        return names;
    }

    [GeneratedRegex(@"^[a-z][a-z0-9-]*\.[a-z0-9-]+$")]
    private static partial Regex InstanceType();

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d+$")]
    private static partial Regex Region();

    [GeneratedRegex(@"^([a-z]{2}(-[a-z]+)+-\d+[a-z]|[a-z]{3,5}\d+-az\d+)$")]
    private static partial Regex Zone();
}
