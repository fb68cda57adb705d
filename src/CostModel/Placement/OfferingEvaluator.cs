using System.Globalization;
using Spot.CostModel.Catalog;
using Spot.CostModel.Checkpointing;
using Spot.CostModel.Pricing;

namespace Spot.CostModel.Placement;

/// <summary>Prices one candidate, checks its ceiling and risk, and computes its expected cost to finish the work.</summary>
internal sealed class OfferingEvaluator(
    PlacementRequest request, IInterruptionRates rates, SpotPriceHistory history, SpotPriceSnapshot snapshot, DateTimeOffset now)
{
    public (RankedOffering? Ranked, ExcludedOffering? Excluded) Evaluate(OfferingCandidate candidate) =>
        candidate.Market == Market.OnDemand ? (OnDemand(candidate), null) : Spot(candidate);

    private RankedOffering OnDemand(OfferingCandidate candidate) =>
        Offering(candidate, candidate.OnDemandUsdPerHour, PriceSource.OnDemandList, InterruptionRate.Never, ExpectedRunModel.Uninterrupted(request.WorkHours));

    private (RankedOffering?, ExcludedOffering?) Spot(OfferingCandidate candidate)
    {
        var pool = candidate.Pool;
        var (price, source) = history.PriceAt(pool, now) is { } live ? (live, PriceSource.History)
            : snapshot.PriceOf(pool) is { } snap ? (snap, PriceSource.Snapshot)
            : (0m, (PriceSource?)null);
        if (source is null)
        {
            return (null, candidate.Exclude(ExclusionReason.NoSpotPrice, $"no spot price for {pool} at {now:O} in the history or the snapshot"));
        }

        if (request.Ceiling.For(candidate.OnDemandUsdPerHour) is { } ceiling && price > ceiling)
        {
            return (null, candidate.Exclude(ExclusionReason.PriceAboveCeiling,
                $"spot ${price:0.0000}/h is above the ceiling ({request.Ceiling.Describe(candidate.OnDemandUsdPerHour)})"));
        }

        if (rates.RateFor(pool, candidate.Zone.Region) is not { } rate)
        {
            return (null, candidate.Exclude(ExclusionReason.NoInterruptionRate, $"no interruption rate known for {pool}"));
        }

        var interval = IntervalHours(rate);
        var restart = request.RestartOverhead.TotalHours;
        if (!ExpectedRunModel.TryEstimate(request.WorkHours, rate.PerHour, interval, request.CheckpointCost.TotalHours, restart, out var run))
        {
            var tau = Math.Min(interval, request.WorkHours);
            var load = rate.PerHour * (restart + (tau / 2));
            return (null, candidate.Exclude(ExclusionReason.ExpectedRunDiverges, string.Create(CultureInfo.InvariantCulture,
                $"λ·(restart + interval/2) = {rate.PerHour:0.####}/h × ({restart:0.###} h + {tau / 2:0.###} h) = {load:0.###} ≥ 1")));
        }

        return (Offering(candidate, price, source.Value, rate, run), null);
    }

    // The caller's interval wins; otherwise Young/Daly from the pool's MTBF. A pool that is never interrupted
    // needs no checkpoints, which the model reads as one interval spanning the work.
    private double IntervalHours(InterruptionRate rate) =>
        request.CheckpointInterval?.TotalHours
        ?? (rate.PerHour > 0 ? YoungDaly.IntervalHours(request.CheckpointCost.TotalHours, rate.MtbfHours) : request.WorkHours);

    private RankedOffering Offering(OfferingCandidate candidate, decimal price, PriceSource source, InterruptionRate rate, ExpectedRun run) =>
        new(
            Rank: 0,
            Pool: candidate.Pool,
            Region: candidate.Zone.Region,
            Market: candidate.Market,
            PriceUsdPerHour: price,
            PriceSource: source,
            OnDemandUsdPerHour: candidate.OnDemandUsdPerHour,
            Interruption: rate,
            Run: run,
            ExpectedCostUsd: price * (decimal)run.WallHours,
            OnDemandCostUsd: candidate.OnDemandUsdPerHour * (decimal)request.WorkHours);
}
