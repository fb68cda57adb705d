namespace Spot.CostModel.Deadline;

/// <summary>
/// Chooses spot, on-demand or waiting for each decision interval of one job. A policy may keep state across calls, so
/// make a new one for each job.
/// </summary>
public interface IDeadlinePolicy
{
    string Name { get; }

    DeadlineAction Decide(in DeadlineState state);
}
