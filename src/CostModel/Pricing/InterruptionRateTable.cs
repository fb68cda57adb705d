using Spot.CostModel.Catalog;

namespace Spot.CostModel.Pricing;

/// <summary>Gives placement the hazard of a spot pool.</summary>
public interface IInterruptionRates
{
    /// <summary>The hourly hazard of the pool, or null when nothing is known about it.</summary>
    InterruptionRate? RateFor(PoolId pool, string region);
}

/// <summary>
/// Per-pool hazards: the advisor's (per type and region) unless a pool has its own, either observed and blended
/// with the advisor prior, or set outright. Immutable: each With… returns a new table.
/// </summary>
public sealed class InterruptionRateTable : IInterruptionRates
{
    private readonly SpotAdvisor? _advisor;
    private readonly Dictionary<PoolId, InterruptionRate> _overrides;

    public InterruptionRateTable(SpotAdvisor? advisor)
        : this(advisor, [])
    {
    }

    private InterruptionRateTable(SpotAdvisor? advisor, Dictionary<PoolId, InterruptionRate> overrides)
    {
        _advisor = advisor;
        _overrides = overrides;
    }

    public static InterruptionRateTable FromBundledAdvisor() => new(SpotAdvisor.Bundled());

    public InterruptionRate? RateFor(PoolId pool, string region) =>
        _overrides.TryGetValue(pool, out var rate) ? rate : _advisor?.RateFor(region, pool.InstanceType);

    /// <summary>Sets a pool's hazard outright.</summary>
    public InterruptionRateTable WithRate(PoolId pool, InterruptionRate rate) =>
        new(_advisor, new Dictionary<PoolId, InterruptionRate>(_overrides) { [pool] = rate });

    /// <summary>
    /// Records what was seen in a pool. With an advisor prior the two are blended; without one the raw observed
    /// rate is used.
    /// </summary>
    public InterruptionRateTable WithObserved(PoolId pool, string region, int interruptions, double exposureHours,
        double priorWeightHours = InterruptionRateEstimator.DefaultPriorWeightHours)
    {
        var prior = _advisor?.RateFor(region, pool.InstanceType);
        var rate = prior is { } p
            ? InterruptionRateEstimator.Blend(p, interruptions, exposureHours, priorWeightHours)
            : InterruptionRateEstimator.Observed(interruptions, exposureHours);
        return WithRate(pool, rate);
    }
}
