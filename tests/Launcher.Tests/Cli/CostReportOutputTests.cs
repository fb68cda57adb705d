using System.Globalization;
using System.Text.Json;
using Spot.Contracts;

namespace Spot.Launcher.Tests.Cli;

public sealed class CostReportOutputTests : IDisposable
{
    private readonly CostReportTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    private static decimal? Number(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetDecimal();

    [Fact]
    public async Task Json_gives_each_job_and_the_total_in_cents_and_percent()
    {
        var ledger = _kit.WriteLedger(CostReportTestKit.HandLedger);

        Assert.Equal(ExitCodes.Success, await _kit.RunAsync("--ledger", ledger, "--format", "json"));

        var json = _kit.OutputJson();
        var llama = json.GetProperty("jobs")[0];
        Assert.Equal("llama", llama.GetProperty("job").GetString());
        // $2.975 shows as $2.98 (half away from zero); 63.697…% as 63.7
        Assert.Equal((1.08m, 2.98m, 63.7m, 0.14m), (Number(llama, "spend_usd"), Number(llama, "on_demand_usd"),
            Number(llama, "savings_pct"), Number(llama, "wasted_usd")));
        Assert.Equal((300, 3, 2), (llama.GetProperty("wasted_steps").GetInt64(), llama.GetProperty("attempts").GetInt32(),
            llama.GetProperty("interruptions").GetInt32()));
        var total = json.GetProperty("total");
        Assert.Equal((1.58m, 3.48m, 54.5m, 0.14m), (Number(total, "spend_usd"), Number(total, "on_demand_usd"),
            Number(total, "savings_pct"), Number(total, "wasted_usd")));
        Assert.Equal((2, 4, 2), (total.GetProperty("jobs").GetInt32(), total.GetProperty("attempts").GetInt32(),
            total.GetProperty("interruptions").GetInt32()));
    }

    [Fact]
    public async Task Json_lists_each_attempt_bill_with_the_free_interruption_marked()
    {
        var ledger = _kit.WriteLedger(CostReportTestKit.HandLedger);

        await _kit.RunAsync("--ledger", ledger, "--format", "json");

        var bills = _kit.OutputJson().GetProperty("jobs")[0].GetProperty("attempt_bills");
        Assert.Equal(3, bills.GetArrayLength());
        Assert.True(bills[1].GetProperty("free_spot_interruption").GetBoolean());
        Assert.Equal(0m, bills[1].GetProperty("charge_usd").GetDecimal());
        Assert.Equal(1800, bills[1].GetProperty("used_seconds").GetInt64());
        Assert.Equal(0.72m, bills[0].GetProperty("charge_usd").GetDecimal());
    }

    [Fact]
    public async Task Table_shows_the_same_numbers_as_json_for_every_job_and_the_total()
    {
        var ledger = CostReportTestKit.ExampleLedgerPath;
        await _kit.RunAsync("--ledger", ledger, "--format", "json");
        var json = _kit.OutputJson();
        var tableKit = new CostReportTestKit();
        try
        {
            Assert.Equal(ExitCodes.Success, await tableKit.RunAsync("--ledger", ledger));
            var lines = tableKit.Console.Lines;

            foreach (var job in json.GetProperty("jobs").EnumerateArray())
                AssertRowMatches(lines, job.GetProperty("job").GetString()!, job);
            AssertRowMatches(lines, "Total", json.GetProperty("total"));
        }
        finally
        {
            tableKit.Dispose();
        }
    }

    private static void AssertRowMatches(IReadOnlyList<string> lines, string name, JsonElement figures)
    {
        var row = Assert.Single(lines, l => l.TrimStart().StartsWith(name + " ", StringComparison.Ordinal));
        var cells = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string Usd(string field) => "$" + figures.GetProperty(field).GetDecimal().ToString("0.00", CultureInfo.InvariantCulture);
        string Int(string field) => figures.GetProperty(field).GetInt64().ToString(CultureInfo.InvariantCulture);
        var pct = figures.GetProperty("savings_pct").GetDecimal().ToString("0.0", CultureInfo.InvariantCulture) + "%";

        Assert.Equal(
            [name, Int("attempts"), Int("interruptions"), Usd("spend_usd"), Usd("on_demand_usd"), pct,
                Usd("wasted_usd"), Int("wasted_steps")],
            cells);
    }

    [Fact]
    public async Task Table_shows_the_hand_computed_figures_and_the_as_of_caption()
    {
        var ledger = _kit.WriteLedger(CostReportTestKit.HandLedger);

        await _kit.RunAsync("--ledger", ledger);

        var lines = _kit.Console.Lines;
        Assert.Contains(lines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SequenceEqual(["llama", "3", "2", "$1.08", "$2.98", "63.7%", "$0.14", "300"]));
        Assert.Contains(lines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SequenceEqual(["Total", "4", "2", "$1.58", "$3.48", "54.5%", "$0.14", "300"]));
        Assert.Contains("As of 2026-03-03 10:00:00 UTC", _kit.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Job_option_reports_only_that_job_and_totals_it_alone()
    {
        var ledger = _kit.WriteLedger(CostReportTestKit.HandLedger);

        await _kit.RunAsync("--ledger", ledger, "--job", "bert", "--format", "json");

        var json = _kit.OutputJson();
        Assert.Equal("bert", Assert.Single(json.GetProperty("jobs").EnumerateArray()).GetProperty("job").GetString());
        Assert.Equal(0.50m, json.GetProperty("total").GetProperty("spend_usd").GetDecimal());
        Assert.Equal(0m, json.GetProperty("total").GetProperty("savings_pct").GetDecimal());
    }

    [Fact]
    public async Task As_of_bills_a_running_attempt_up_to_that_instant_and_marks_it_provisional()
    {
        // Running since T0 at $0.36/h; as of T0 + 90 min: 5400 s = $0.54
        var running = CostReportTestKit.Attempt("gpt", 1, CostReportTestKit.T0, null, null, 0.36m, 1.00m, 10, 2);
        var ledger = _kit.WriteLedger([running]);

        await _kit.RunAsync("--ledger", ledger, "--format", "json", "--as-of", "2026-03-02T11:30:00Z");

        var job = _kit.OutputJson().GetProperty("jobs")[0];
        Assert.Equal(0.54m, job.GetProperty("spend_usd").GetDecimal());
        Assert.Equal(1, job.GetProperty("running_attempts").GetInt32());
        Assert.True(job.GetProperty("attempt_bills")[0].GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public async Task Without_as_of_a_running_attempt_is_billed_up_to_the_clock()
    {
        // The kit's clock reads T0 + 1 day: 86400 s at $0.36/h = $8.64
        var running = CostReportTestKit.Attempt("gpt", 1, CostReportTestKit.T0, null, null, 0.36m, 1.00m, 10, 2);
        var ledger = _kit.WriteLedger([running]);

        await _kit.RunAsync("--ledger", ledger);

        Assert.Contains(_kit.Console.Lines, l => l.Contains("$8.64", StringComparison.Ordinal));
        Assert.Contains("1 running attempt(s) billed as if stopped then", _kit.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ledger_defaults_to_the_example_under_the_working_directory_when_it_exists()
    {
        _kit.WriteFile("examples/ledger.example.json", File.ReadAllText(CostReportTestKit.ExampleLedgerPath));

        Assert.Equal(ExitCodes.Success, await _kit.RunAsync("--format", "json"));

        Assert.Equal(3, _kit.OutputJson().GetProperty("jobs").GetArrayLength());
    }

    [Fact]
    public async Task Example_ledger_keeps_the_ledger_rules_and_shows_its_story()
    {
        await _kit.RunAsync("--ledger", CostReportTestKit.ExampleLedgerPath, "--format", "json");

        var jobs = _kit.OutputJson().GetProperty("jobs").EnumerateArray().ToDictionary(j => j.GetProperty("job").GetString()!);
        Assert.Equal(2, jobs["llama3-8b-lora"].GetProperty("interruptions").GetInt32());
        Assert.True(jobs["llama3-8b-lora"].GetProperty("attempt_bills")[0].GetProperty("free_spot_interruption").GetBoolean());
        Assert.Equal("on_demand", jobs["resnet50-imagenet"].GetProperty("attempt_bills")[1].GetProperty("market").GetString());
        Assert.Equal(0, jobs["bert-base-sst2"].GetProperty("interruptions").GetInt32());
        Assert.Equal("completed", jobs["bert-base-sst2"].GetProperty("attempt_bills")[0].GetProperty("end_reason").GetString());
    }
}
