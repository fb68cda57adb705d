using Spot.CostModel;
using Spot.CostModel.Catalog;
using Spot.CostModel.Ledger;
using Spot.CostModel.Placement;
using Spot.CostModel.Pricing;
using Spot.Launcher.Cloud.Launch;
using Spot.Launcher.Cloud.Pricing;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;

namespace Spot.Launcher.Daemon;

/// <summary>
/// Decides where the next attempt of a job runs: ranks the pools the cloud sells in the profile's region by expected
/// cost (pools that lost this job's instances carry the losses in their hazard, pools whose launch breaker is open are
/// left out), lets the deadline policy choose the market, and refuses to launch when the budget cannot pay for the rest
/// of the work.
/// </summary>
public sealed class JobPlacer(
    InstanceCatalog catalog,
    InterruptionRateTable rates,
    ISpotPriceProvider prices,
    OfferedInstanceTypes offered,
    string region,
    DaemonOptions options,
    PoolCircuitBreaker breakers)
{
    public PlacementOutcome Place(JobRecord job, JobSpec spec, JobProgress progress, IReadOnlyList<AttemptRecord> ledger, DateTimeOffset now)
    {
        if (spec.Placement.Regions.Count > 0 && !spec.Placement.Regions.Contains(region, StringComparer.Ordinal))
            return PlacementOutcome.End(JobState.Failed, $"the job allows regions {string.Join(", ", spec.Placement.Regions)}, but this profile serves {region}");
        if (offered.Restrict(spec.Resources.InstanceTypes) is null)
            return PlacementOutcome.End(JobState.Failed,
                $"none of the job's instance types ({string.Join(", ", spec.Resources.InstanceTypes)}) is sold in {region}; sold: {string.Join(", ", offered.Types.Order(StringComparer.Ordinal))}");
        if (progress.SpentUsd >= job.BudgetUsd)
            return PlacementOutcome.End(JobState.BudgetExhausted, $"spent ${progress.SpentUsd:0.0000} of the ${job.BudgetUsd:0.00} budget");

        var remaining = RemainingWork.Hours(spec, progress.DurableStep, progress.StepsPerHour);
        var ranked = Rank(spec, remaining, ledger, now);
        var bestSpot = ranked.Offerings.FirstOrDefault(o => o.Market == Market.Spot);
        var bestOnDemand = ranked.Offerings.FirstOrDefault(o => o.Market == Market.OnDemand)
            ?? FirstOf(Rank(spec with { Market = JobMarket.OnDemand }, remaining, ledger, now).Offerings);

        var choice = MarketChooser.Choose(spec, job.CreatedAt, job.Deadline, now,
            RemainingWork.Hours(spec, 0, progress.StepsPerHour), remaining, bestSpot is not null,
            bestSpot?.PriceUsdPerHour ?? 0, bestOnDemand?.OnDemandUsdPerHour ?? bestSpot?.OnDemandUsdPerHour ?? 0,
            options.RestartOverhead);
        if (choice.DeadlineLost)
            return PlacementOutcome.End(JobState.DeadlineMissed, choice.Reason);
        if (choice.Market is not { } market)
            return PlacementOutcome.Wait(NothingOpen(choice.Reason, ranked));

        var offerings = ranked.Offerings.Where(o => o.Market == market).ToList();
        if (offerings.Count == 0 && market == Market.OnDemand && bestOnDemand is not null)
            offerings = [bestOnDemand];
        if (offerings.Count == 0)
            return PlacementOutcome.Wait(NothingOpen($"no {market} pool is open", ranked));

        if (remaining is not null)
        {
            var expected = progress.SpentUsd + offerings[0].ExpectedCostUsd;
            if (expected > job.BudgetUsd)
                return PlacementOutcome.End(JobState.BudgetExhausted,
                    $"spent ${progress.SpentUsd:0.0000} + expected ${offerings[0].ExpectedCostUsd:0.0000} to finish on {offerings[0].Pool.InstanceType} > budget ${job.BudgetUsd:0.00}");
        }
        return PlacementOutcome.Launch(market, offerings, choice.Reason);
    }

    private PlacementResult Rank(JobSpec spec, double? remainingHours, IReadOnlyList<AttemptRecord> ledger, DateTimeOffset now)
    {
        var request = spec.ToPlacementRequest(remainingHours) with
        {
            Regions = [region],
            AllowedTypes = offered.Restrict(spec.Resources.InstanceTypes) ?? spec.Resources.InstanceTypes,
            RestartOverhead = options.RestartOverhead,
        };
        var ranked = new OfferingRanker(catalog, Penalised(ledger), prices.Current.History).Rank(request, now);
        return WithoutClosedPools(WithoutSnapshotOnlyPools(ranked));
    }

    // The region's live price history lists every pool that sells spot; one priced only from the bundled snapshot
    // does not (LocalCloud serves three zones, the snapshot knows six), and a launch there would be refused.
    private PlacementResult WithoutSnapshotOnlyPools(PlacementResult ranked) =>
        prices.Current.RefreshedAt.ContainsKey(region)
            ? ranked with { Offerings = [.. ranked.Offerings.Where(o => o.PriceSource != PriceSource.Snapshot)] }
            : ranked;

    // A pool out of capacity keeps its price, so without this the placer would keep choosing it: a spot-then-on-demand
    // job would wait behind the launcher's open breakers instead of falling back to on-demand before its deadline.
    private PlacementResult WithoutClosedPools(PlacementResult ranked)
    {
        var closed = ranked.Offerings
            .Select(o => (Offering: o, Until: breakers.OpenUntil(new LaunchPool(o.Pool, o.Market))))
            .Where(c => c.Until is not null)
            .ToList();
        if (closed.Count == 0) return ranked;
        var excluded = closed.Select(c => new ExcludedOffering(c.Offering.Pool.InstanceType, c.Offering.Region,
            c.Offering.Pool.AvailabilityZone, c.Offering.Market, ExclusionReason.NoCapacity,
            $"launches refused for lack of capacity; breaker open until {c.Until:O}"));
        return ranked with
        {
            Offerings = [.. ranked.Offerings.Except(closed.Select(c => c.Offering))],
            Excluded = [.. excluded, .. ranked.Excluded],
        };
    }

    // A pool that took this job's instance back counts each loss several times over, against the hours it ran there.
    private InterruptionRateTable Penalised(IReadOnlyList<AttemptRecord> ledger)
    {
        var table = rates;
        foreach (var pool in ledger.GroupBy(a => new PoolId(a.InstanceType, a.AvailabilityZone)))
        {
            var losses = pool.Count(a => a.WasInterruptedByAws);
            if (losses == 0) continue;
            var hours = pool.Sum(a => ((a.EndedAt ?? a.StartedAt) - a.StartedAt).TotalHours);
            table = table.WithObserved(pool.Key, region, losses * options.LostPoolPenalty, Math.Max(hours, 1.0 / 60));
        }
        return table;
    }

    private static RankedOffering? FirstOf(IReadOnlyList<RankedOffering> offerings) => offerings.Count > 0 ? offerings[0] : null;

    private static string NothingOpen(string reason, PlacementResult ranked)
    {
        var why = ranked.Excluded.Take(3).Select(e => $"{e.InstanceType} {e.AvailabilityZone ?? e.Region}: {e.Detail}");
        return ranked.Excluded.Count == 0 ? reason : $"{reason} ({string.Join("; ", why)}{(ranked.Excluded.Count > 3 ? "; ..." : "")})";
    }
}
