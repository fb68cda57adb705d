namespace Spot.Launcher.Cloud.Launch;

/// <summary>
/// The tags Spot puts on everything it launches. The reconciler finds its instances by <see cref="Job"/> (one
/// DescribeInstances filter over all jobs), so these names are part of the contract with running instances.
/// </summary>
public static class SpotTags
{
    public const string Job = "spot:job";
    public const string Attempt = "spot:attempt";
    public const string Name = "Name";

    /// <summary>The Name tag's value: readable in the console, e.g. <c>spot-mnist-3</c>.</summary>
    public static string NameFor(string jobId, int attempt) => $"spot-{jobId}-{attempt}";
}
