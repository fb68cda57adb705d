namespace Spot.Launcher.Cli.CostReport;

/// <summary>What `spot cost-report` was asked for, with paths made absolute.</summary>
/// <param name="LedgerPath">The JSON ledger file to read.</param>
/// <param name="Job">Only this job, or every job when null.</param>
/// <param name="Format">Table or JSON.</param>
/// <param name="ChartPath">Where to write the PNG chart, or null for no chart.</param>
/// <param name="AsOf">The instant running attempts are billed up to.</param>
public sealed record CostReportRequest(
    string LedgerPath,
    string? Job,
    OutputFormat Format,
    string? ChartPath,
    DateTimeOffset AsOf);
