using System.Diagnostics;
using Spot.Launcher.Cloud.Instances;
using Spot.Launcher.Daemon.Hosting;

namespace Spot.Bench.Reconcile;

/// <summary>
/// Times the daemon's reconcile pass over a fleet of running jobs on an embedded LocalCloud, once per page size,
/// and counts the EC2 calls each pass makes: one listing per page, never one call per instance.
/// </summary>
public static class ReconcileBenchmark
{
    private static readonly TimeSpan BootLimit = TimeSpan.FromMinutes(5);

    public static int Run(string[] args) => RunAsync(ReconcileBenchOptions.Parse(args), CancellationToken.None).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(ReconcileBenchOptions options, CancellationToken cancellationToken)
    {
        await using var fleet = await BenchFleet.OpenAsync(options.Jobs, cancellationToken);
        var seeding = Stopwatch.StartNew();
        var instances = await FleetSeeder.SeedAsync(fleet, options.Jobs, cancellationToken);
        var seedSeconds = seeding.Elapsed.TotalSeconds;
        await WaitUntilRunningAsync(fleet, instances.Count, cancellationToken);

        var results = new List<PageSizeFigures>();
        foreach (var pageSize in options.PageSizes)
            results.Add(await MeasureAsync(fleet, pageSize, options.Passes, cancellationToken));
        var guard = await MeasureGuardAsync(fleet, options.Passes, cancellationToken);

        if (options.Json)
            ReconcilePrinter.PrintJson(options, seedSeconds, results, guard);
        else
            ReconcilePrinter.Print(options, seedSeconds, results, guard);
        return results.All(r => r.Passes.All(p => p.Report.ListingSucceeded && p.Report.JobFailures == 0)) ? 0 : 1;
    }

    private static async Task<PageSizeFigures> MeasureAsync(BenchFleet fleet, int pageSize, int passes, CancellationToken cancellationToken)
    {
        fleet.Settings.Instances.PageSize = pageSize;
        using var components = DaemonComponents.Create(fleet.Cloud, fleet.Settings, fleet.Store, fleet.Loggers);
        var warmUp = await TimePassAsync(components, cancellationToken);
        var measured = new List<PassFigures>();
        var listing = new List<Measurement>();
        var storeListing = new List<Measurement>();
        for (var i = 0; i < passes; i++)
        {
            measured.Add(await TimePassAsync(components, cancellationToken));
            listing.Add((await Measurement.OfAsync(() => components.Instances.ListAsync(cancellationToken))).Cost);
            storeListing.Add((await Measurement.OfAsync(async () =>
            {
                await fleet.Store.ListActiveJobsAsync(cancellationToken);
                return await fleet.Store.ListLiveAttemptsAsync(cancellationToken);
            })).Cost);
        }

        return new PageSizeFigures(pageSize, warmUp, measured, listing, storeListing);
    }

    // The guard runs on its own schedule; measured apart so its per-job reads are not mistaken for the reconcile pass's.
    private static async Task<GuardFigures> MeasureGuardAsync(BenchFleet fleet, int passes, CancellationToken cancellationToken)
    {
        using var components = DaemonComponents.Create(fleet.Cloud, fleet.Settings, fleet.Store, fleet.Loggers);
        var guarded = await components.Guard.RunPassAsync(cancellationToken);
        var measured = new List<Measurement>();
        for (var i = 0; i < passes; i++)
            measured.Add((await Measurement.OfAsync(() => components.Guard.RunPassAsync(cancellationToken))).Cost);
        return new GuardFigures(measured, guarded);
    }

    private static async Task<PassFigures> TimePassAsync(DaemonComponents components, CancellationToken cancellationToken)
    {
        var (report, cost) = await Measurement.OfAsync(() => components.Reconciler.RunPassAsync(cancellationToken));
        return new PassFigures(cost, report);
    }

    // Instances boot in the background (each gets its own IMDS); measure a settled fleet, not one still booting.
    private static async Task WaitUntilRunningAsync(BenchFleet fleet, int expected, CancellationToken cancellationToken)
    {
        using var components = DaemonComponents.Create(fleet.Cloud, fleet.Settings, fleet.Store, fleet.Loggers);
        var limit = Stopwatch.StartNew();
        while (true)
        {
            var poll = await components.Instances.ListAsync(cancellationToken);
            var running = poll.Snapshot?.Instances.Values.Count(i => i.State == Ec2InstanceStates.Running) ?? 0;
            if (running == expected) return;
            if (limit.Elapsed > BootLimit)
                throw new TimeoutException($"only {running} of {expected} instances were running after {BootLimit.TotalMinutes:0} min.");
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }
}
