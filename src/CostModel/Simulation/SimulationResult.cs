namespace Spot.CostModel.Simulation;

/// <summary>How one policy fared on one job over one stretch of a trace.</summary>
public sealed record SimulationResult(
    string Policy,
    double CostUsd,
    bool MetDeadline,
    double? FinishedAtHours,
    double SpotHours,
    double OnDemandHours,
    int Starts,
    int Preemptions,
    double LostWorkHours)
{
    /// <summary>Compute paid for that did not move the job forward: start-up overhead and work redone after a loss.</summary>
    public double OverheadHours { get; init; }
}
