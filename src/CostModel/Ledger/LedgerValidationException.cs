namespace Spot.CostModel.Ledger;

/// <summary>Thrown when ledger records break the rules; carries every error found, not only the first.</summary>
public sealed class LedgerValidationException : Exception
{
    public LedgerValidationException(IReadOnlyList<LedgerError> errors)
        : base(Describe(errors)) => Errors = errors;

    public IReadOnlyList<LedgerError> Errors { get; }

    private static string Describe(IReadOnlyList<LedgerError> errors) =>
        errors.Count == 0
            ? "The ledger is invalid."
            : "The ledger is invalid:" + string.Concat(errors.Select(e => Environment.NewLine + "  " + e));
}
