namespace Spot.CostModel.Checkpointing;

/// <summary>
/// Young's first-order optimum checkpoint interval, τ = √(2·C·M), for checkpoint cost C and mean time between
/// failures M (Young 1974; Daly 2006 refines it with higher-order terms). It balances time spent writing checkpoints
/// (C per τ of work) against work redone after a failure (τ/2 on average), and holds while C is small against M.
/// </summary>
public static class YoungDaly
{
    public static TimeSpan Interval(TimeSpan checkpointCost, double mtbfHours)
    {
        if (checkpointCost <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(checkpointCost), checkpointCost, "Checkpoint cost must be above zero.");
        }

        if (!(mtbfHours > 0) || double.IsInfinity(mtbfHours))
        {
            throw new ArgumentOutOfRangeException(nameof(mtbfHours), mtbfHours, "MTBF must be a finite number of hours above 0.");
        }

        return TimeSpan.FromHours(IntervalHours(checkpointCost.TotalHours, mtbfHours));
    }

    /// <summary>The same in hours, for callers that already work in hours.</summary>
    public static double IntervalHours(double checkpointCostHours, double mtbfHours) => Math.Sqrt(2 * checkpointCostHours * mtbfHours);
}
