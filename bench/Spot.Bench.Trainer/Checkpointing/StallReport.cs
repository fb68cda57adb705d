using static Spot.Bench.Trainer.Figures;

namespace Spot.Bench.Trainer.Checkpointing;

/// <summary>Prints each checkpoint-stall run, then the medians, the stall at the auto interval and the slowdown.</summary>
public static class StallReport
{
    public const string NoCheckpoints = "none";

    public static void PrintRun(int run, string kind, StallRunResult result)
    {
        var line = $"  run {run} {kind,-5} {result.StepsPerSecond,6:F2} steps/s  step {Ms(result.StepSeconds)}";
        if (kind != NoCheckpoints)
        {
            line += $"  blocking [{List(result.BlockingSeconds.Select(s => s * 1000), "F0")}] ms" +
                $"  capture [{List(result.CaptureSeconds.Select(s => s * 1000), "F0")}] ms" +
                $"  persist [{List(result.PersistSeconds.Select(s => s * 1000), "F0")}] ms";
        }
        Console.WriteLine(line);
    }

    public static void PrintSummary(IReadOnlyDictionary<string, List<StallRunResult>> results, int every, IReadOnlyList<PoolMtbf> pools)
    {
        double baseline = Median(results[NoCheckpoints].Select(r => r.StepsPerSecond));
        Console.WriteLine($"medians: without checkpoints {baseline:F2} steps/s, step {Ms(Median(results[NoCheckpoints].Select(r => r.StepSeconds)))}");
        foreach (var (kind, runs) in results.Where(entry => entry.Key != NoCheckpoints))
        {
            double stepsPerSecond = Median(runs.Select(r => r.StepsPerSecond));
            double step = Median(runs.Select(r => r.StepSeconds));
            double blocking = Median(runs.SelectMany(r => r.BlockingSeconds));
            var captures = runs.SelectMany(r => r.CaptureSeconds).ToList();
            var persists = runs.SelectMany(r => r.PersistSeconds).ToList();
            // Everything checkpointing costs the loop per checkpoint: the blocking plus the steps slowed by the persist
            // running on the same cores.
            double costPerCheckpoint = every * (1 / stepsPerSecond - 1 / baseline);
            Console.WriteLine($"  {kind}: checkpoint {runs[0].CheckpointBytes / 1e6:F1} MB; {stepsPerSecond:F2} steps/s, " +
                $"step {Ms(step)}, blocking {Ms(blocking)} per checkpoint (trainer-measured capture {Ms(Median(captures))}), " +
                $"persist {Ms(Median(persists))} in the background");
            Console.WriteLine($"    every {every} steps (stress interval): stall {Percent(blocking / (every * step))} of step time, " +
                $"end-to-end slowdown {Percent(1 - stepsPerSecond / baseline)} ({Ms(costPerCheckpoint)} per checkpoint in all)");
            foreach (var pool in pools)
            {
                var interval = AutoInterval.For(pool.Mtbf, captures, persists);
                double intervalSteps = interval.TotalSeconds / step;
                Console.WriteLine($"    auto for MTBF {pool.Mtbf.TotalHours:N0} h, {pool.Label}: interval {interval.TotalSeconds:F0} s = " +
                    $"{intervalSteps:N0} steps; stall {Percent(blocking / (intervalSteps * step))} of step time; " +
                    $"end-to-end about {Percent(costPerCheckpoint / interval.TotalSeconds)} (derived from the cost per checkpoint above)");
            }
        }
    }
}
