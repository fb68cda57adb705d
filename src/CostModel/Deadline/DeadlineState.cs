namespace Spot.CostModel.Deadline;

/// <summary>What a policy sees at the start of one decision interval.</summary>
/// <param name="ElapsedHours">Time since the job was submitted.</param>
/// <param name="RemainingWorkHours">Work not yet done, counting unsaved progress as done.</param>
/// <param name="RemainingDurableWorkHours">Work not yet covered by a durable checkpoint.</param>
/// <param name="Running">The instance running now (<see cref="DeadlineAction.Wait"/> for none).</param>
/// <param name="PendingOverheadHours">Start-up time the running instance still has to pay before it makes progress.</param>
/// <param name="SpotAvailable">Whether a spot launch would succeed now.</param>
/// <param name="IntervalHours">How long the decision holds.</param>
public readonly record struct DeadlineState(
    double ElapsedHours,
    double RemainingWorkHours,
    double RemainingDurableWorkHours,
    DeadlineAction Running,
    double PendingOverheadHours,
    bool SpotAvailable,
    double IntervalHours);
