namespace Spot.CostModel.Reporting;

/// <summary>One point of a job's cost curve: cumulative spend and cumulative on-demand equivalent at an instant.</summary>
public sealed record SpendPoint(DateTimeOffset At, decimal CumulativeSpendUsd, decimal CumulativeOnDemandUsd);
