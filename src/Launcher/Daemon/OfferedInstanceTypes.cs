namespace Spot.Launcher.Daemon;

/// <summary>
/// The instance types the cloud behind the profile sells (DescribeInstanceTypes, read once at start), so placement
/// never ranks a catalog type that the region would refuse. Empty means "not known": no restriction.
/// </summary>
public sealed class OfferedInstanceTypes(IReadOnlyCollection<string> types)
{
    public static OfferedInstanceTypes Unknown { get; } = new([]);

    public IReadOnlyCollection<string> Types { get; } = types;

    /// <summary>
    /// The job's allow-list narrowed to what is sold (the sold list when the job allows everything); null when the
    /// cloud sells none of the job's types.
    /// </summary>
    public IReadOnlyList<string>? Restrict(IReadOnlyList<string> allowed)
    {
        if (Types.Count == 0) return allowed;
        if (allowed.Count == 0) return [.. Types.Order(StringComparer.Ordinal)];
        var sold = allowed.Where(Types.Contains).ToList();
        return sold.Count > 0 ? sold : null;
    }
}
