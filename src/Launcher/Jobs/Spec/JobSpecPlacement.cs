using Spot.CostModel;
using Spot.CostModel.Placement;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>Turns a job spec into the CostModel's placement request.</summary>
public static class JobSpecPlacement
{
    /// <param name="remainingWorkHours">
    /// Work left, from <see cref="RemainingWork"/>; when null, the spec's whole <c>work_hours</c>, and failing that
    /// <see cref="PlacementDefaults.WorkHours"/>, which still ranks pools by their cost rate.
    /// </param>
    /// <param name="onlyMarket">
    /// Narrows a <c>spot-then-on-demand</c> job to one market, as the deadline policy decides. It must be a market
    /// the spec allows.
    /// </param>
    public static PlacementRequest ToPlacementRequest(this JobSpec spec, double? remainingWorkHours = null, Market? onlyMarket = null)
    {
        var markets = spec.Market.AllowedMarkets();
        if (onlyMarket is { } only)
        {
            if (!markets.Contains(only))
                throw new ArgumentException($"the job's market is {spec.Market.ToSpecText()}, which does not allow {only}", nameof(onlyMarket));
            markets = [only];
        }

        return new PlacementRequest
        {
            Resources = spec.Resources.ToRequirement(),
            Regions = spec.Placement.Regions,
            Zones = spec.Placement.AvailabilityZones,
            AllowedTypes = spec.Resources.InstanceTypes,
            ExcludedTypes = spec.Resources.ExcludeInstanceTypes,
            Markets = markets,
            Ceiling = spec.BidCeiling?.ToBidCeiling() ?? BidCeiling.None,
            WorkHours = remainingWorkHours ?? spec.WorkHours ?? PlacementDefaults.WorkHours,
            CheckpointInterval = IntervalOf(spec),
        };
    }

    // A step interval becomes time only through the work estimate; without one, each pool uses its Young/Daly optimum.
    private static TimeSpan? IntervalOf(JobSpec spec)
    {
        var interval = spec.Checkpoint.Interval;
        if (interval.Every is { } every)
            return every;
        if (interval.Steps is { } steps && spec.WorkHours is { } hours)
            return TimeSpan.FromHours(hours * Math.Min(steps, spec.Trainer.TotalSteps) / spec.Trainer.TotalSteps);
        return null;
    }
}
