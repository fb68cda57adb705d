using Spot.CostModel.Pricing;
using Spot.Trainer.Checkpoints;

namespace Spot.Bench.Trainer.Checkpointing;

/// <summary>A pool's mean time between interruptions, and where the figure came from.</summary>
public sealed record PoolMtbf(string Label, TimeSpan Mtbf);

/// <summary>
/// The interval an <c>auto</c> job would checkpoint at, worked out by the trainer's own Young/Daly trigger fed the
/// measured snapshot stalls and persist times, for the MTBF the launcher would pass from the Spot Advisor bucket.
/// </summary>
public static class AutoInterval
{
    /// <summary>A pessimistic pool for comparison: interrupted once an hour on average.</summary>
    public static readonly PoolMtbf HotPool = new("a hot pool (assumed)", TimeSpan.FromHours(1));

    /// <param name="pool"><c>type@region</c>, e.g. g4dn.xlarge@us-west-2, looked up in the bundled advisor.</param>
    public static PoolMtbf FromAdvisor(string pool)
    {
        var parts = pool.Split('@');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            throw new BenchArgumentException($"--pool {pool}: expected instance-type@region, e.g. g4dn.xlarge@us-west-2");
        var entry = SpotAdvisor.Bundled().Find(parts[1], parts[0])
            ?? throw new BenchArgumentException($"--pool {pool}: the bundled Spot Advisor data has no {parts[0]} in {parts[1]}");
        return new PoolMtbf($"{pool} (advisor bucket {entry.Bucket.Label} a month)", TimeSpan.FromHours(entry.Rate.MtbfHours));
    }

    /// <param name="captures">Snapshot stalls as the loop reports them, in the order measured.</param>
    /// <param name="persists">Persist durations as the writer reports them, in the order measured.</param>
    public static TimeSpan For(TimeSpan mtbf, IReadOnlyList<double> captures, IReadOnlyList<double> persists)
    {
        if (captures.Count == 0 || persists.Count == 0)
            throw new InvalidOperationException("no checkpoint was measured, so Young/Daly has no cost to work from");
        var trigger = new YoungDalyCheckpointTrigger(mtbf, TimeProvider.System, costWindow: Math.Max(captures.Count, persists.Count));
        for (int i = 0; i < Math.Max(captures.Count, persists.Count); i++)
        {
            if (i < captures.Count) trigger.OnSnapshotTaken(i, TimeSpan.FromSeconds(captures[i]));
            if (i < persists.Count) trigger.OnPersisted(i, TimeSpan.FromSeconds(persists[i]));
        }
        return trigger.Interval;
    }
}
