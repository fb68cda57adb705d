namespace Spot.CostModel.Deadline;

/// <summary>
/// The facts a deadline policy plans with: work left, the time it must finish by, what a (re)start costs, and the two
/// prices. Hours and dollars per hour throughout.
/// </summary>
public sealed record DeadlineJob
{
    public DeadlineJob(double workHours, double deadlineHours, double restartOverheadHours, double spotPricePerHour,
        double onDemandPricePerHour, double checkpointIntervalHours = 0)
    {
        Require(workHours > 0 && double.IsFinite(workHours), nameof(workHours), "must be a positive number of hours");
        Require(deadlineHours > 0 && double.IsFinite(deadlineHours), nameof(deadlineHours), "must be a positive number of hours");
        Require(restartOverheadHours >= 0 && double.IsFinite(restartOverheadHours), nameof(restartOverheadHours), "must be zero or more hours");
        Require(spotPricePerHour >= 0 && double.IsFinite(spotPricePerHour), nameof(spotPricePerHour), "must be zero or more $/h");
        Require(onDemandPricePerHour > 0 && double.IsFinite(onDemandPricePerHour), nameof(onDemandPricePerHour), "must be a positive $/h");
        Require(checkpointIntervalHours >= 0 && double.IsFinite(checkpointIntervalHours), nameof(checkpointIntervalHours), "must be zero (progress is durable at once) or more hours");
        Require(workHours + restartOverheadHours <= deadlineHours, nameof(deadlineHours),
            $"leaves no time: {workHours} h of work plus {restartOverheadHours} h to start cannot finish in {deadlineHours} h");
        WorkHours = workHours;
        DeadlineHours = deadlineHours;
        RestartOverheadHours = restartOverheadHours;
        SpotPricePerHour = spotPricePerHour;
        OnDemandPricePerHour = onDemandPricePerHour;
        CheckpointIntervalHours = checkpointIntervalHours;
    }

    public double WorkHours { get; }
    public double DeadlineHours { get; }
    public double RestartOverheadHours { get; }
    public double SpotPricePerHour { get; }
    public double OnDemandPricePerHour { get; }

    /// <summary>Work between durable checkpoints; zero means every bit of progress is durable at once.</summary>
    public double CheckpointIntervalHours { get; }

    /// <summary>How much of <paramref name="doneHours"/> of work a checkpoint has made durable.</summary>
    public double DurableOf(double doneHours) => CheckpointIntervalHours == 0
        ? doneHours
        : Math.Floor(doneHours / CheckpointIntervalHours + 1e-9) * CheckpointIntervalHours;

    /// <summary>What the whole job costs on on-demand, started once and never interrupted.</summary>
    public double OnDemandOnlyCost => (WorkHours + RestartOverheadHours) * OnDemandPricePerHour;

    public double PriceOf(DeadlineAction action) => action switch
    {
        DeadlineAction.Spot => SpotPricePerHour,
        DeadlineAction.OnDemand => OnDemandPricePerHour,
        _ => 0,
    };

    private static void Require(bool ok, string field, string rule)
    {
        if (!ok) throw new ArgumentException($"Deadline job: {field} {rule}.", field);
    }
}
