using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Instances;

/// <summary>Every instance and spot request LocalCloud has made, in launch order. Terminated ones stay visible.</summary>
public sealed class InstanceStore
{
    private readonly Dictionary<string, Instance> _instances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SpotRequest> _spotRequests = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>The one lock for instance and request state.</summary>
    public Lock Sync { get; } = new();

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public void Add(Instance instance)
    {
        lock (Sync)
        {
            _instances.Add(instance.Id, instance);
            if (instance.SpotRequest is not null)
            {
                _spotRequests.Add(instance.SpotRequest.Id, instance.SpotRequest);
            }
        }
    }

    public void Add(SpotRequest request)
    {
        lock (Sync)
        {
            _spotRequests.Add(request.Id, request);
        }
    }

    public Instance? Find(string id)
    {
        lock (Sync)
        {
            return _instances.GetValueOrDefault(id);
        }
    }

    public SpotRequest? FindSpotRequest(string id)
    {
        lock (Sync)
        {
            return _spotRequests.GetValueOrDefault(id);
        }
    }

    /// <summary>A snapshot in launch order.</summary>
    public IReadOnlyList<Instance> All()
    {
        lock (Sync)
        {
            return _instances.Values.OrderBy(i => i.Sequence).ToList();
        }
    }

    public IReadOnlyList<SpotRequest> AllSpotRequests()
    {
        lock (Sync)
        {
            return _spotRequests.Values.OrderBy(r => r.CreateTime).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Instances that hold capacity in <paramref name="pool"/> (call under <see cref="Sync"/>).</summary>
    public IEnumerable<Instance> Holding(PoolKey pool, bool spot) =>
        _instances.Values.Where(i => i.Pool == pool && i.IsSpot == spot && InstanceStateNames.HoldsCapacity(i.State));

    /// <summary>Spot instances holding capacity anywhere (call under <see cref="Sync"/>).</summary>
    public int ActiveSpotCount() => _instances.Values.Count(i => i.IsSpot && InstanceStateNames.HoldsCapacity(i.State));
}
