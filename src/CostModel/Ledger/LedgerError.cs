namespace Spot.CostModel.Ledger;

/// <summary>One broken rule in a ledger: which record (by position, job and attempt), which field, and why.</summary>
/// <param name="Index">The record's position in the ledger, from 0.</param>
/// <param name="Job">The record's job name.</param>
/// <param name="Attempt">The record's attempt number.</param>
/// <param name="Field">The field, named as in <see cref="LedgerFields"/>, such as price_segments[1].from.</param>
/// <param name="Message">The rule the value breaks.</param>
public sealed record LedgerError(int Index, string Job, int Attempt, string Field, string Message)
{
    public override string ToString() => $"job '{Job}' attempt {Attempt}: {Field}: {Message}";
}
