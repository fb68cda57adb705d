namespace Spot.Launcher.Cloud.Instances;

/// <summary>
/// Every instance Spot tagged, as one successful listing saw it, keyed by instance id, with the spot request
/// statuses fetched for the instances whose own state did not say enough.
/// </summary>
public sealed class InstanceSnapshot
{
    private readonly Dictionary<AttemptKey, List<ObservedInstance>> _byOwner;

    public InstanceSnapshot(
        DateTimeOffset observedAt,
        IEnumerable<ObservedInstance> instances,
        IEnumerable<SpotRequestObservation> spotRequests,
        Ec2CallCount calls)
    {
        ObservedAt = observedAt;
        Instances = instances.ToDictionary(i => i.InstanceId, StringComparer.Ordinal);
        SpotRequests = spotRequests.ToDictionary(r => r.RequestId, StringComparer.Ordinal);
        Calls = calls;
        _byOwner = Instances.Values
            .Where(i => i.Owner is not null)
            .GroupBy(i => i.Owner!.Value)
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    public DateTimeOffset ObservedAt { get; }

    public IReadOnlyDictionary<string, ObservedInstance> Instances { get; }

    public IReadOnlyDictionary<string, SpotRequestObservation> SpotRequests { get; }

    public Ec2CallCount Calls { get; }

    public ObservedInstance? Find(string instanceId) => Instances.GetValueOrDefault(instanceId);

    /// <summary>The instances tagged with this attempt; more than one only if a launch was duplicated.</summary>
    public IReadOnlyList<ObservedInstance> OwnedBy(AttemptKey attempt) =>
        _byOwner.TryGetValue(attempt, out var owned) ? owned : [];

    public SpotRequestObservation? SpotRequestOf(ObservedInstance instance) =>
        instance.SpotRequestId is { } id ? SpotRequests.GetValueOrDefault(id) : null;
}
