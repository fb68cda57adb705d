namespace Spot.CostModel.Ledger;

/// <summary>Checks a whole ledger: every record's own rules, then attempt numbers unique within each job.</summary>
public static class LedgerValidator
{
    public static IReadOnlyList<LedgerError> Validate(IReadOnlyList<AttemptRecord> records)
    {
        var errors = new List<LedgerError>();
        var seen = new Dictionary<(string Job, int Attempt), int>();
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            errors.AddRange(AttemptValidator.Validate(record, i));
            if (seen.TryGetValue((record.Job, record.Attempt), out var first))
                errors.Add(new LedgerError(i, record.Job, record.Attempt, LedgerFields.Attempt,
                    $"attempt {record.Attempt} of job '{record.Job}' already appears at record {first}"));
            else
                seen[(record.Job, record.Attempt)] = i;
        }

        return errors;
    }

    /// <summary>Returns the records unchanged when they are valid.</summary>
    /// <exception cref="LedgerValidationException">Listing every broken rule.</exception>
    public static IReadOnlyList<AttemptRecord> EnsureValid(IReadOnlyList<AttemptRecord> records)
    {
        var errors = Validate(records);
        return errors.Count == 0 ? records : throw new LedgerValidationException(errors);
    }
}
