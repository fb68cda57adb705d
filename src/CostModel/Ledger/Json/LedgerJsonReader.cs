using System.Text.Json;

namespace Spot.CostModel.Ledger.Json;

/// <summary>
/// Reads the JSON ledger file: <c>{"version": 1, "attempts": [...]}</c>, snake_case field names as in
/// <see cref="LedgerFields"/>, instants in ISO 8601 with a zone, prices as JSON numbers (read exactly as decimals).
/// Unknown fields are refused, so a misspelt field is reported rather than ignored.
/// </summary>
public static class LedgerJsonReader
{
    /// <exception cref="LedgerFormatException">Every problem found, each with its JSON path.</exception>
    public static IReadOnlyList<AttemptRecord> Read(string json)
    {
        LedgerFileDto? file;
        try
        {
            file = JsonSerializer.Deserialize<LedgerFileDto>(json, LedgerJson.Options);
        }
        catch (JsonException error)
        {
            throw new LedgerFormatException([JsonErrorText.ToIssue(error)]);
        }

        return ToRecords(file);
    }

    /// <exception cref="LedgerFormatException">Every problem found, each with its JSON path.</exception>
    public static async Task<IReadOnlyList<AttemptRecord>> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, leaveOpen: true);
        return Read(await reader.ReadToEndAsync(cancellationToken));
    }

    private static List<AttemptRecord> ToRecords(LedgerFileDto? file)
    {
        if (file is null)
            throw Fail("$", "the ledger must be a JSON object, not null");
        if (file.Version != LedgerJson.Version)
            throw Fail("$.version", file.Version is null
                ? $"is required (this reader reads version {LedgerJson.Version})"
                : $"{file.Version} is not supported (this reader reads version {LedgerJson.Version})");
        if (file.Attempts is null)
            throw Fail($"$.{LedgerFields.Attempts}", "is required (an array of attempt objects)");

        var issues = new List<LedgerIssue>();
        var records = new List<AttemptRecord>(file.Attempts.Count);
        for (var i = 0; i < file.Attempts.Count; i++)
        {
            if (file.Attempts[i] is not { } dto)
                issues.Add(new LedgerIssue(LedgerJson.AttemptPath(i), "must be an object, not null"));
            else if (new AttemptDtoReader(LedgerJson.AttemptPath(i), issues).Read(dto) is { } record)
                records.Add(record);
        }

        // Rule checks need whole records, and their record indexes only match the file when none was dropped.
        if (issues.Count == 0)
            issues.AddRange(LedgerValidator.Validate(records).Select(e =>
                new LedgerIssue($"{LedgerJson.AttemptPath(e.Index)}.{e.Field}", $"{e.Message} (job '{e.Job}' attempt {e.Attempt})")));
        return issues.Count == 0 ? records : throw new LedgerFormatException(issues);
    }

    private static LedgerFormatException Fail(string path, string message) => new([new LedgerIssue(path, message)]);
}
