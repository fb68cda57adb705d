namespace Spot.CostModel.Ledger.Json;

/// <summary>One problem in a ledger file: where (a JSON path such as $.attempts[2].ended_at) and what.</summary>
public sealed record LedgerIssue(string JsonPath, string Message)
{
    public override string ToString() => $"{JsonPath}: {Message}";
}
