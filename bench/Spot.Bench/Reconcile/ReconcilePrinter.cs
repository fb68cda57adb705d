using System.Globalization;
using System.Text.Json;

namespace Spot.Bench.Reconcile;

/// <summary>Prints the reconcile benchmark: one line per pass, then the medians per page size, then the guard pass.</summary>
public static class ReconcilePrinter
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Print(ReconcileBenchOptions options, double seedSeconds, IReadOnlyList<PageSizeFigures> results, GuardFigures guard)
    {
        Console.WriteLine(Invariant($"Reconcile benchmark: {options.Jobs} running jobs on LocalCloud, {options.Passes} passes per page size (seeded in {seedSeconds:0.0} s)"));
        foreach (var result in results)
        {
            Console.WriteLine();
            Console.WriteLine(Invariant($"DescribeInstances page size {result.PageSize}"));
            Console.WriteLine("  pass      wall ms   CPU ms  alloc MiB  GCs  GC pause ms  DescribeInstances  DescribeSpotInstanceRequests  jobs  failures");
            PrintPass("warm-up", result.WarmUp);
            for (var i = 0; i < result.Passes.Count; i++)
                PrintPass((i + 1).ToString(CultureInfo.InvariantCulture), result.Passes[i]);
            Console.WriteLine(Invariant($"  median pass {Describe(result.Pass)} with {result.MedianEc2Calls:0} EC2 calls"));
            Console.WriteLine(Invariant($"    listing alone {Describe(result.ListingAlone)}; store listing {Describe(result.StoreListingAlone)}; per-job work ~{result.MedianPerJobMs:0.0} ms wall"));
        }

        Console.WriteLine();
        Console.WriteLine(Invariant($"Guard pass (its own Quartz job, {guard.Guarded} running jobs): median {Describe(guard.Median)}"));
    }

    public static void PrintJson(ReconcileBenchOptions options, double seedSeconds, IReadOnlyList<PageSizeFigures> results, GuardFigures guard) =>
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            benchmark = "reconcile",
            jobs = options.Jobs,
            passes = options.Passes,
            seed_seconds = seedSeconds,
            page_sizes = results.Select(r => new
            {
                page_size = r.PageSize,
                median_ec2_calls = r.MedianEc2Calls,
                median_pass = r.Pass,
                median_listing = r.ListingAlone,
                median_store_listing = r.StoreListingAlone,
                median_per_job_work_ms = r.MedianPerJobMs,
                warm_up = Pass(r.WarmUp),
                runs = r.Passes.Select(Pass),
            }),
            guard = new { guarded = guard.Guarded, median = guard.Median, runs = guard.Passes },
        }, Json));

    private static object Pass(PassFigures pass) => new
    {
        cost = pass.Cost,
        describe_instances = pass.Report.Ec2Calls.DescribeInstances,
        describe_spot_instance_requests = pass.Report.Ec2Calls.DescribeSpotInstanceRequests,
        active_jobs = pass.Report.ActiveJobs,
        live_attempts = pass.Report.LiveAttempts,
        listing_succeeded = pass.Report.ListingSucceeded,
        job_failures = pass.Report.JobFailures,
    };

    private static string Describe(MeasurementMedians m) =>
        Invariant($"{m.WallMs:0.0} ms wall, {m.CpuMs:0} ms CPU, {m.AllocatedMiB:0.0} MiB allocated, {m.GcPauseMs:0.0} ms GC pause");

    private static void PrintPass(string name, PassFigures pass)
    {
        var c = pass.Cost;
        var calls = pass.Report.Ec2Calls;
        Console.WriteLine(Invariant(
            $"  {name,-8} {c.WallMs,8:0.0} {c.CpuMs,8:0} {c.AllocatedMiB,10:0.0} {c.Collections,4} {c.GcPauseMs,12:0.0} {calls.DescribeInstances,18} {calls.DescribeSpotInstanceRequests,29} {pass.Report.ActiveJobs,5} {pass.Report.JobFailures,9}{(pass.Report.ListingSucceeded ? "" : "  (listing failed)")}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
