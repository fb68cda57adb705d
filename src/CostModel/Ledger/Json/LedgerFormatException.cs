namespace Spot.CostModel.Ledger.Json;

/// <summary>Thrown when a ledger file is not valid JSON, does not have the ledger's shape, or breaks a ledger rule.
/// Lists every problem found, each with its JSON path.</summary>
public sealed class LedgerFormatException : Exception
{
    public LedgerFormatException(IReadOnlyList<LedgerIssue> issues)
        : base(Describe(issues)) => Issues = issues;

    public IReadOnlyList<LedgerIssue> Issues { get; }

    private static string Describe(IReadOnlyList<LedgerIssue> issues) => issues.Count switch
    {
        0 => "The ledger file is invalid.",
        1 => $"The ledger file is invalid at {issues[0]}",
        _ => "The ledger file is invalid:" + string.Concat(issues.Select(i => Environment.NewLine + "  " + i)),
    };
}
