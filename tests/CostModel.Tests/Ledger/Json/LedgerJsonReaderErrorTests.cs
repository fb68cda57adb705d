using Spot.CostModel.Ledger;
using Spot.CostModel.Ledger.Json;
using static Spot.CostModel.Tests.Ledger.TestAttempts;

namespace Spot.CostModel.Tests.Ledger.Json;

public class LedgerJsonReaderErrorTests
{
    private static readonly string ValidJson = LedgerJsonWriter.Write([
        SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.SpotInterruption, job: "llama", attempt: 1, stepsDone: 10),
        SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed, job: "llama", attempt: 2, start: T0.AddHours(2)),
    ]);

    private static LedgerIssue SingleIssue(string json) =>
        Assert.Single(Assert.Throws<LedgerFormatException>(() => LedgerJsonReader.Read(json)).Issues);

    private static string Edit(string from, string to)
    {
        Assert.Contains(from, ValidJson, StringComparison.Ordinal);
        var at = ValidJson.LastIndexOf(from, StringComparison.Ordinal);
        return string.Concat(ValidJson.AsSpan(0, at), to, ValidJson.AsSpan(at + from.Length));
    }

    [Fact]
    public void Read_reports_broken_json_with_its_path_and_line()
    {
        var issue = SingleIssue("{\"version\": 1, \"attempts\": [ {\"job\": } ]}");

        Assert.Equal("$.attempts[0].job", issue.JsonPath);
        Assert.Contains("(line 1)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_reports_a_value_of_the_wrong_kind_in_words()
    {
        var issue = SingleIssue(Edit("\"steps_done\": 0", "\"steps_done\": \"lots\""));

        Assert.Equal("$.attempts[1].steps_done", issue.JsonPath);
        Assert.StartsWith("expected a whole number. (line ", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_refuses_an_unknown_field()
    {
        var issue = SingleIssue(Edit("\"steps_done\": 0", "\"step_done\": 0"));

        Assert.StartsWith("unknown field 'step_done'.", issue.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.attempts[1]", issue.JsonPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_reports_every_missing_field_with_its_path()
    {
        var json = Edit("\"instance_type\": \"g5.xlarge\",", "").Replace("\"job\": \"llama\",", "", StringComparison.Ordinal);

        var issues = Assert.Throws<LedgerFormatException>(() => LedgerJsonReader.Read(json)).Issues;

        Assert.Equal(
            ["$.attempts[0].job: is required", "$.attempts[1].job: is required", "$.attempts[1].instance_type: is required"],
            issues.Select(i => i.ToString()));
    }

    [Theory]
    [InlineData("\"market\": \"spot\"", "\"market\": \"reserved\"",
        "$.attempts[1].market", "'reserved' is not one of spot, on_demand")]
    [InlineData("\"end_reason\": \"completed\"", "\"end_reason\": \"done\"",
        "$.attempts[1].end_reason", "'done' is not one of completed, spot_interruption, user_stopped")]
    [InlineData("\"ended_at\": \"2026-03-02T13:00:00Z\"", "\"ended_at\": \"2026-03-02T13:00:00\"",
        "$.attempts[1].ended_at", "'2026-03-02T13:00:00' is not an ISO 8601 instant with a Z or an offset")]
    [InlineData("\"usd_per_hour\": 0.36", "\"usd_per_hour\": -0.36",
        "$.attempts[1].price_segments[0].usd_per_hour", "must not be negative, was -0.36 (job 'llama' attempt 2)")]
    [InlineData("\"attempt\": 2", "\"attempt\": 1",
        "$.attempts[1].attempt", "attempt 1 of job 'llama' already appears at record 0 (job 'llama' attempt 1)")]
    public void Read_reports_a_bad_value_at_its_field_path_saying_what_is_allowed(
        string from, string to, string path, string message)
    {
        var issue = SingleIssue(Edit(from, to));

        Assert.Equal(path, issue.JsonPath);
        Assert.StartsWith(message, issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"attempts\": []}", "$.version")]
    [InlineData("{\"version\": 2, \"attempts\": []}", "$.version")]
    [InlineData("{\"version\": 1}", "$.attempts")]
    [InlineData("{\"version\": 1, \"attempts\": [null]}", "$.attempts[0]")]
    [InlineData("null", "$")]
    [InlineData("[]", "$")]
    [InlineData("", "$")]
    public void Read_reports_a_file_without_the_ledger_shape(string json, string path)
    {
        Assert.Equal(path, SingleIssue(json).JsonPath);
    }

    [Fact]
    public void Read_gives_the_issue_in_the_exception_message()
    {
        var error = Assert.Throws<LedgerFormatException>(() => LedgerJsonReader.Read("{\"version\": 1}"));

        Assert.Equal("The ledger file is invalid at $.attempts: is required (an array of attempt objects)", error.Message);
    }
}
