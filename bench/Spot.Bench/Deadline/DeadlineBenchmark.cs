using System.Diagnostics;
using System.Text.Json;
using Spot.CostModel.Deadline;
using Spot.CostModel.Simulation;

namespace Spot.Bench.Deadline;

/// <summary>
/// Replays the public p3.2xlarge availability traces for a fixed job under two deadlines and compares each deadline
/// policy with on-demand and with the omniscient optimum. A new run starts every 24 h of trace in every zone.
/// </summary>
public static class DeadlineBenchmark
{
    private static readonly (string Name, Func<DeadlineJob, IDeadlinePolicy> Make)[] Policies =
    [
        ("spot", job => new SpotDeadlinePolicy(job)),
        ("uniform-progress", job => new UniformProgressPolicy(job)),
        ("greedy", _ => new GreedyPolicy()),
        ("on-demand", _ => new OnDemandOnlyPolicy()),
    ];

    public static int Run(string[] args)
    {
        var options = DeadlineBenchOptions.Parse(args);
        var traces = Directory.GetFiles(options.TraceFolder, "*.json").Order(StringComparer.Ordinal)
            .Select(path => AvailabilityTraceReader.ReadFile(path)).ToList();
        var results = options.DeadlineHours.Select(deadline => RunDeadline(options, traces, deadline)).ToList();

        if (options.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                benchmark = "deadline",
                trace_folder = options.TraceFolder,
                zones = traces.Count,
                work_hours = options.WorkHours,
                restart_overhead_hours = options.RestartOverheadHours,
                on_demand_price = options.OnDemandPrice,
                spot_price = options.SpotPrice,
                deadlines = results,
            }));
        }
        else
        {
            DeadlineReport.Print(options, traces, results);
        }

        return 0;
    }

    private static DeadlineResult RunDeadline(DeadlineBenchOptions options, List<AvailabilityTrace> traces, double deadline)
    {
        var job = new DeadlineJob(options.WorkHours, deadline, options.RestartOverheadHours, options.SpotPrice, options.OnDemandPrice);
        var runs = new List<(AvailabilityTrace Trace, int Start)>();
        foreach (var trace in traces)
            for (var hour = 0.0; hour + deadline <= trace.DurationHours; hour += options.StartEveryHours)
                runs.Add((trace, (int)Math.Round(hour / trace.TickHours)));

        var watch = Stopwatch.StartNew();
        var optimum = new double[runs.Count];
        Parallel.For(0, runs.Count, i => optimum[i] = OmniscientOptimum.Cost(runs[i].Trace, runs[i].Start, job)
            ?? throw new InvalidOperationException($"{runs[i].Trace.Name}: the deadline cannot be met even on on-demand."));
        var optimumSeconds = watch.Elapsed.TotalSeconds;

        var onDemand = job.OnDemandOnlyCost;
        var policies = Policies.Select(policy =>
        {
            var outcomes = runs.Select(run => MarketSimulator.Run(run.Trace, run.Start, job, policy.Make(job))).ToArray();
            var costPct = outcomes.Select(o => o.CostUsd / onDemand * 100).ToArray();
            var gapPct = outcomes.Select((o, i) => (o.CostUsd / optimum[i] - 1) * 100).ToArray();
            return new PolicyResult(
                policy.Name,
                costPct.Average(), Stats.Quantile(costPct, 0.9),
                gapPct.Average(), Stats.Quantile(gapPct, 0.9),
                outcomes.Count(o => !o.MetDeadline),
                outcomes.Average(o => o.Starts));
        }).ToList();

        var optimumPct = optimum.Select(c => c / onDemand * 100).ToArray();
        return new DeadlineResult(deadline, runs.Count, optimumPct.Average(), Stats.Quantile(optimumPct, 0.9), optimumSeconds, policies);
    }
}
