namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// A validated job: what to train, on what, where, in which market, and under which money and time limits. Read
/// one with <see cref="JobSpecReader"/>; every instance it returns obeys the rules the reader checks.
/// </summary>
/// <param name="WorkHours">
/// Optional estimate of the job's whole training time, in hours of uninterrupted compute on any instance that fits
/// its resources. No per-type step rate can be known before a job runs, so the rule is deliberately simple: Spot does
/// not scale the estimate by instance type. Placement and the budget guard use it until the trainer reports a measured
/// step rate, which then replaces it (see <see cref="RemainingWork"/>). Without it, placement compares pools over
/// one hour and the budget guard waits for the first measurement.
/// </param>
public sealed record JobSpec(
    string Name,
    TrainerSpec Trainer,
    ResourcesSpec Resources,
    PlacementSpec Placement,
    JobMarket Market,
    BidCeilingSpec? BidCeiling,
    decimal BudgetUsd,
    DeadlineSpec? Deadline,
    CheckpointSpec Checkpoint,
    int MaxRestarts,
    double? WorkHours);
