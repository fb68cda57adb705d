using Spot.CostModel.Simulation;

namespace Spot.Bench.Deadline;

/// <summary>The deadline benchmark's figures as a plain-text table.</summary>
public static class DeadlineReport
{
    public static void Print(DeadlineBenchOptions options, IReadOnlyList<AvailabilityTrace> traces, IReadOnlyList<DeadlineResult> results)
    {
        Console.WriteLine($"Deadline policies on {traces.Count} zones of {options.TraceFolder}");
        Console.WriteLine($"job {options.WorkHours} h, restart {options.RestartOverheadHours} h, on-demand ${options.OnDemandPrice}/h, " +
                          $"spot ${options.SpotPrice}/h, a run every {options.StartEveryHours} h of trace");
        foreach (var zone in traces)
            Console.WriteLine($"  {zone.Name,-22} {zone.DurationHours,7:F0} h, spot available {zone.Availability * 100,5:F1}%");

        foreach (var result in results)
        {
            Console.WriteLine();
            Console.WriteLine($"deadline {result.DeadlineHours} h: {result.Runs} runs; optimum costs {result.OptimumPctMean:F1}% of on-demand " +
                              $"(p90 {result.OptimumPctP90:F1}%), solved in {result.OptimumSeconds:F1} s");
            Console.WriteLine($"  {"policy",-18} {"cost % OD",10} {"p90",7} {"gap to opt",11} {"p90",7} {"missed",7} {"starts",7}");
            foreach (var p in result.Policies)
                Console.WriteLine($"  {p.Policy,-18} {p.CostPctMean,9:F1}% {p.CostPctP90,6:F1}% {p.GapPctMean,10:F2}% {p.GapPctP90,6:F2}% {p.Missed,7} {p.StartsMean,7:F1}");
        }
    }
}
