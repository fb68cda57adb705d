using System.Globalization;
using Spot.Launcher.Drills;

namespace Spot.Launcher.Cli.Drills;

/// <summary>Runs one drill, as <see cref="DrillRunner.RunAsync"/> does; tests give the series a stand-in.</summary>
internal delegate Task<DrillRunReport> RunDrill(string specYaml, DrillPlan plan, int seed, CancellationToken cancellationToken);

/// <summary>
/// The runs of one `spot drill` call, one after another, each with its own plan and seed. With more than one run it
/// writes a line per finished run to <paramref name="progress"/> (stderr), so a long soak shows it is alive while
/// the report itself waits for the end.
/// </summary>
internal sealed class DrillSeries(RunDrill run, TextWriter progress)
{
    private readonly List<DrillRunReport> _finished = [];
    private readonly List<SkippedDrill> _skipped = [];

    /// <summary>The runs finished so far, also after the series was cancelled part way, and the runs skipped.</summary>
    public DrillReport Finished => new(_finished.ToList()) { Skipped = _skipped.ToList() };

    public async Task<DrillReport> RunAsync(DrillRequest request, CancellationToken cancellationToken)
    {
        for (var i = 0; i < request.Repeat; i++)
        {
            var plan = request.PlanFor(i);
            if (request.SkipReasonFor(plan) is { } why)
            {
                // A random plan LocalStack cannot take: reported, not run, and not a failure.
                _skipped.Add(new SkippedDrill(plan.Name, why));
                await ProgressAsync(request, string.Create(CultureInfo.InvariantCulture,
                    $"run {i + 1}/{request.Repeat}  {plan.Name}  seed {request.SeedFor(i)}  SKIP  {why}"), cancellationToken);
                continue;
            }
            var report = await run(request.SpecYaml, plan, request.SeedFor(i), cancellationToken);
            _finished.Add(report);
            await ProgressAsync(request, ProgressLine(i + 1, request.Repeat, report), cancellationToken);
        }
        return Finished;
    }

    private async Task ProgressAsync(DrillRequest request, string line, CancellationToken cancellationToken)
    {
        if (request.Repeat == 1) return;
        await progress.WriteLineAsync(line.AsMemory(), cancellationToken);
        await progress.FlushAsync(cancellationToken);
    }

    public static string ProgressLine(int number, int count, DrillRunReport report) => string.Create(CultureInfo.InvariantCulture,
        $"run {number}/{count}  {report.Plan}  seed {report.Seed}  {(report.Passed ? "PASS" : "FAIL")}  {report.Elapsed.TotalSeconds:0.0} s");
}
