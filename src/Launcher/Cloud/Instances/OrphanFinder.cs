namespace Spot.Launcher.Cloud.Instances;

/// <summary>
/// Picks the instances of a snapshot that no live attempt owns. Only instances carrying the spot:job tag are ever
/// in a snapshot, so nothing Spot did not launch can be picked. An instance is owned when its spot:job and
/// spot:attempt tags name a live attempt and, once the store knows that attempt's instance id, it is that instance:
/// a second instance of one attempt is a duplicated launch and goes too.
/// </summary>
public static class OrphanFinder
{
    public static IReadOnlyList<ObservedInstance> Find(InstanceSnapshot snapshot, IReadOnlyCollection<WatchedAttempt> live)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(live);
        var owners = new Dictionary<AttemptKey, string?>();
        foreach (var attempt in live)
        {
            owners[attempt.Key] = attempt.InstanceId;
        }

        return snapshot.Instances.Values
            .Where(i => !i.IsTerminating && !IsOwned(i, owners))
            .OrderBy(i => i.InstanceId, StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsOwned(ObservedInstance instance, Dictionary<AttemptKey, string?> owners) =>
        instance.Owner is { } owner
        && owners.TryGetValue(owner, out var instanceId)
        && (instanceId is null || string.Equals(instanceId, instance.InstanceId, StringComparison.Ordinal));
}
