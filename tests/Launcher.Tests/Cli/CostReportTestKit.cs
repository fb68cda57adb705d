using System.CommandLine;
using System.Text.Json;
using Spectre.Console.Testing;
using Spot.CostModel;
using Spot.CostModel.Ledger;
using Spot.CostModel.Ledger.Json;
using Spot.Launcher.Cli;

namespace Spot.Launcher.Tests.Cli;

/// <summary>Runs `spot cost-report` against a temporary working directory and a TestConsole, with a fixed clock.</summary>
public sealed class CostReportTestKit : IDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public CostReportTestKit()
    {
        WorkDir = Path.Combine(Path.GetTempPath(), "spot-cost-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(WorkDir);
    }

    public string WorkDir { get; }

    public TestConsole Console { get; } = new TestConsole().Width(200);

    /// <summary>The repository's example ledger, found by walking up from the test binaries to Spot.sln.</summary>
    public static string ExampleLedgerPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Spot.sln")))
                    return Path.Combine(dir.FullName, "examples", "ledger.example.json");
            }

            throw new InvalidOperationException("Spot.sln not found above " + AppContext.BaseDirectory);
        }
    }

    // llama, spot at $0.36/h against on-demand $1.00/h:
    //   1: 2 h, interrupted by AWS, 1000 steps, 200 lost: spend $0.72, wasted $0.144, on-demand 5760 s = $1.60
    //   2: 30 min, interrupted in the first hour, 400 steps, 100 lost: spend $0, on-demand 1350 s = $0.375
    //   3: 1 h, completed, 500 steps: spend $0.36, on-demand $1.00
    //   total spend $1.08, on-demand $2.975, savings 1.895 / 2.975 = 63.697…%
    // bert, on-demand at $0.50/h for 1 h: spend $0.50, on-demand $0.50, savings 0%
    // all: spend $1.58, on-demand $3.475, savings 1.895 / 3.475 = 54.532…%, wasted $0.144 and 300 steps
    public static IReadOnlyList<AttemptRecord> HandLedger { get; } =
    [
        Attempt("llama", 1, T0, TimeSpan.FromHours(2), AttemptEndReason.SpotInterruption, 0.36m, 1.00m, 1000, 200),
        Attempt("llama", 2, T0.AddHours(3), TimeSpan.FromMinutes(30), AttemptEndReason.SpotInterruption, 0.36m, 1.00m, 400, 100),
        Attempt("llama", 3, T0.AddHours(4), TimeSpan.FromHours(1), AttemptEndReason.Completed, 0.36m, 1.00m, 500, 0),
        Attempt("bert", 1, T0.AddHours(1), TimeSpan.FromHours(1), AttemptEndReason.Completed, 0.50m, 0.50m, 100, 0,
            Market.OnDemand),
    ];

    public static AttemptRecord Attempt(
        string job, int attempt, DateTimeOffset start, TimeSpan? runFor, AttemptEndReason? reason,
        decimal usdPerHour, decimal onDemandUsdPerHour, long steps, long sinceCheckpoint, Market market = Market.Spot) =>
        new(job, attempt, $"i-{job}-{attempt}", "g5.xlarge", "usw2-az2", market, [new PriceSegment(start, usdPerHour)],
            onDemandUsdPerHour, start, start + runFor, reason, steps, sinceCheckpoint);

    public string WriteLedger(IReadOnlyList<AttemptRecord> records, string name = "ledger.json") =>
        WriteFile(name, LedgerJsonWriter.Write(records));

    public string WriteFile(string name, string text)
    {
        var path = Path.Combine(WorkDir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public async Task<int> RunAsync(params string[] args)
    {
        var root = new RootCommand("spot") { CostReportCommand.Create(Console, new FixedTime(T0.AddDays(1)), WorkDir) };
        return await root.Parse(["cost-report", .. args]).InvokeAsync();
    }

    public JsonElement OutputJson() => JsonDocument.Parse(Console.Output).RootElement;

    public void Dispose() => Directory.Delete(WorkDir, recursive: true);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
