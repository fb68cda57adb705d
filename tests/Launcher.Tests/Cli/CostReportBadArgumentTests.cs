using Spot.Contracts;

namespace Spot.Launcher.Tests.Cli;

public sealed class CostReportBadArgumentTests : IDisposable
{
    private readonly CostReportTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    private async Task AssertBadArgument(string expectedMessage, params string[] args)
    {
        Assert.Equal(ExitCodes.BadArguments, await _kit.RunAsync(args));
        Assert.Contains(expectedMessage, _kit.Console.Output, StringComparison.Ordinal);
    }

    private string Ledger() => _kit.WriteLedger(CostReportTestKit.HandLedger);

    [Fact]
    public async Task Unknown_format_exits_2_naming_the_option()
    {
        await AssertBadArgument("--format: 'xml' is not a valid format", "--ledger", Ledger(), "--format", "xml");
    }

    [Fact]
    public async Task Missing_ledger_file_exits_2_naming_the_path()
    {
        var missing = Path.Combine(_kit.WorkDir, "nope.json");

        await AssertBadArgument($"--ledger: {missing} does not exist.", "--ledger", "nope.json");
    }

    [Fact]
    public async Task No_ledger_and_no_example_here_exits_2_asking_for_one()
    {
        await AssertBadArgument("--ledger: give the ledger file to report on");
    }

    [Fact]
    public async Task Ledger_that_is_not_json_exits_2_with_the_json_path_and_line()
    {
        var path = _kit.WriteFile("broken.json", "{\"version\": 1,\n \"attempts\": [ {\"job\": ,} ]}");

        await AssertBadArgument("invalid at $.attempts[0].job:", "--ledger", path);
        Assert.Contains("(line 2)", _kit.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ledger_breaking_a_rule_exits_2_with_the_field_path_and_record()
    {
        var path = _kit.WriteFile("bad.json", File.ReadAllText(Ledger())
            .Replace("\"steps_since_checkpoint\": 200", "\"steps_since_checkpoint\": 2000", StringComparison.Ordinal));

        await AssertBadArgument("$.attempts[0].steps_since_checkpoint: 2000 is more than steps_done 1000 (job 'llama' attempt 1)",
            "--ledger", path);
    }

    [Fact]
    public async Task Ledger_that_is_a_directory_exits_2()
    {
        await AssertBadArgument("is a directory, not a ledger file", "--ledger", _kit.WorkDir);
    }

    [Fact]
    public async Task Unknown_job_exits_2_listing_the_jobs_in_the_ledger()
    {
        await AssertBadArgument("--job: 'gpt' is not in", "--ledger", Ledger(), "--job", "gpt");
        Assert.Contains("its jobs are: llama, bert.", _kit.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_path_that_is_not_png_exits_2()
    {
        await AssertBadArgument("--chart: 'cost.jpg' must end in .png", "--ledger", Ledger(), "--chart", "cost.jpg");
    }

    [Fact]
    public async Task As_of_without_a_zone_exits_2()
    {
        await AssertBadArgument("--as-of: '2026-03-02T10:00:00' is not an ISO 8601 instant",
            "--ledger", Ledger(), "--as-of", "2026-03-02T10:00:00");
    }

    [Fact]
    public async Task As_of_before_a_running_attempt_started_exits_2()
    {
        var running = CostReportTestKit.Attempt("gpt", 1, CostReportTestKit.T0, null, null, 0.36m, 1.00m, 10, 2);
        var ledger = _kit.WriteLedger([running]);

        await AssertBadArgument("--as-of: 2026-03-02 09:00:00 UTC is before running job 'gpt' attempt 1 started",
            "--ledger", ledger, "--as-of", "2026-03-02T09:00:00Z");
    }

    [Fact]
    public async Task Unknown_option_exits_2()
    {
        await AssertBadArgument("unknown argument '--bogus'", "--ledger", Ledger(), "--bogus");
    }

    [Fact]
    public async Task Option_without_its_value_exits_2()
    {
        await AssertBadArgument("--job", "--ledger", Ledger(), "--job");
        Assert.Contains("Try 'spot cost-report --help'.", _kit.Console.Output, StringComparison.Ordinal);
    }
}
