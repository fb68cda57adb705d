using System.Collections.Concurrent;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>
/// A breaker per pool (type + zone + market), shared by every job of the daemon: a pool refused
/// <see cref="LaunchOptions.BreakerFailureThreshold"/> times within the window is skipped for the break duration, then
/// one probe is let through; a refused probe opens it again at once, a launch closes it.
/// </summary>
/// <remarks>
/// Hand-written rather than Polly's breaker: a CreateFleet call covers several pools and reports each pool's refusal
/// in its answer, and Polly's breaker can only count outcomes of calls executed through it.
/// </remarks>
public sealed class PoolCircuitBreaker(LaunchOptions options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<LaunchPool, PoolRecord> _pools = new();

    /// <summary>When the pool may be tried again, if it is open now; null when it may be tried (closed, or due a probe).</summary>
    public DateTimeOffset? OpenUntil(LaunchPool pool)
    {
        if (!_pools.TryGetValue(pool, out var record))
        {
            return null;
        }

        lock (record)
        {
            return record.OpenUntil is { } until && until > timeProvider.GetUtcNow() ? until : null;
        }
    }

    /// <summary>Counts a refusal; returns true when it opened the breaker.</summary>
    public bool RecordFailure(LaunchPool pool)
    {
        var record = _pools.GetOrAdd(pool, _ => new PoolRecord());
        var now = timeProvider.GetUtcNow();
        lock (record)
        {
            var probing = record.OpenUntil is { } until && until <= now;
            record.Failures.RemoveAll(t => t <= now - options.BreakerWindow);
            record.Failures.Add(now);
            if (probing || record.Failures.Count >= options.BreakerFailureThreshold)
            {
                record.OpenUntil = now + options.BreakerDuration;
                return true;
            }

            return false;
        }
    }

    public void RecordSuccess(LaunchPool pool)
    {
        if (_pools.TryGetValue(pool, out var record))
        {
            lock (record)
            {
                record.Failures.Clear();
                record.OpenUntil = null;
            }
        }
    }

    private sealed class PoolRecord
    {
        public List<DateTimeOffset> Failures { get; } = [];

        public DateTimeOffset? OpenUntil { get; set; }
    }
}
