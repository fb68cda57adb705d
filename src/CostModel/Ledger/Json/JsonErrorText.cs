using System.Text.Json;
using System.Text.RegularExpressions;

namespace Spot.CostModel.Ledger.Json;

// Turns System.Text.Json's messages into issues a user can act on: the JSON path, the line, and the expected kind of
// value in words rather than as a .NET type name.
internal static partial class JsonErrorText
{
    public static LedgerIssue ToIssue(JsonException error)
    {
        var text = error.Message;
        var cut = text.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut >= 0)
            text = text[..cut];
        text = WrongKind().Replace(text, m => $"expected {KindOf(m.Groups["type"].Value)}.");
        text = UnknownProperty().Replace(text, m => $"unknown field '{m.Groups["name"].Value}'.");
        var line = error.LineNumber is { } n ? $" (line {n + 1})" : "";
        return new LedgerIssue(error.Path ?? "$", text.TrimEnd() + line);
    }

    private static string KindOf(string type) => type switch
    {
        _ when type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal)
            => "a whole number",
        _ when type.Contains("Decimal", StringComparison.Ordinal) => "a number",
        _ when type.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal) => "an array",
        "System.String" => "a string",
        _ => "an object",
    };

    [GeneratedRegex(@"The JSON value could not be converted to (?<type>\S+?)\.$")]
    private static partial Regex WrongKind();

    [GeneratedRegex(@"^The JSON property '(?<name>.*)' could not be mapped to any \.NET member.*$")]
    private static partial Regex UnknownProperty();
}
