using Spectre.Console.Testing;
using Spot.Contracts;
using Spot.Launcher.Cli;

namespace Spot.Launcher.Tests.Cli;

/// <summary>`spot submit`, `jobs`, `status`, `logs` and `cancel` against a real SQLite store in a temp folder.</summary>
public sealed class JobCommandsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "spot-cli-" + Guid.NewGuid().ToString("N")[..10]);

    private string Store => Path.Combine(_dir, "jobs.db");

    private static string Example(string name) =>
        Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "examples", name);

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var console = new TestConsole().Width(200);
        var code = await SpotCli.RunAsync([.. args, "--store", Store], console);
        return (code, console.Output);
    }

    [Fact]
    public async Task Submitted_job_is_listed_pending_then_cancelled_with_its_history_and_log()
    {
        var (submitted, submitText) = await RunAsync("submit", Example("quickstart.yaml"));
        Assert.Equal(ExitCodes.Success, submitted);
        Assert.Contains("Job quickstart (#1) submitted", submitText, StringComparison.Ordinal);

        var (_, jobs) = await RunAsync("jobs");
        Assert.Contains("quickstart", jobs, StringComparison.Ordinal);
        Assert.Contains("Pending", jobs, StringComparison.Ordinal);

        var (cancelled, _) = await RunAsync("cancel", "quickstart");
        Assert.Equal(ExitCodes.Success, cancelled);
        var (_, status) = await RunAsync("status", "1");
        Assert.Contains("quickstart (#1) is Cancelled", status, StringComparison.Ordinal);
        Assert.Contains("cancelled by the user", status, StringComparison.Ordinal);

        var (again, againText) = await RunAsync("cancel", "quickstart");
        Assert.Equal(ExitCodes.BadArguments, again);
        Assert.Contains("already ended Cancelled", againText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submitting_a_taken_name_or_a_broken_spec_fails_with_the_reason_and_exit_code_2()
    {
        await RunAsync("submit", Example("quickstart.yaml"));
        var (taken, takenText) = await RunAsync("submit", Example("quickstart.yaml"));
        Assert.Equal(ExitCodes.BadArguments, taken);
        Assert.Contains("quickstart", takenText, StringComparison.Ordinal);

        Directory.CreateDirectory(_dir);
        var broken = Path.Combine(_dir, "broken.yaml");
        await File.WriteAllTextAsync(broken, (await File.ReadAllTextAsync(Example("quickstart.yaml"))).Replace("budget_usd:", "budget_usdd:", StringComparison.Ordinal));
        var (code, text) = await RunAsync("submit", broken);
        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("budget_usdd: unknown key", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_of_an_unknown_job_names_it()
    {
        var (code, text) = await RunAsync("status", "nope");
        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("no job named 'nope'", text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
