namespace Spot.CostModel.Reporting;

/// <summary>Spend per job and in total, as of an instant (which only matters for attempts still running).</summary>
public sealed record SpendReport(DateTimeOffset AsOf, IReadOnlyList<JobSpend> Jobs, SpendSummary Total);
