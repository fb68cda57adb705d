using System.Diagnostics;
using System.Text.Json.Serialization;

namespace Spot.Bench.Reconcile;

/// <summary>
/// What one piece of work cost this process: wall time, CPU time, bytes allocated and garbage collections. On a busy
/// 2-core machine the wall time swings with the load; CPU time and allocations barely do, so they carry the
/// before/after comparisons. LocalCloud runs in this process, so its share of a call is counted too.
/// </summary>
public sealed record Measurement(
    double WallMs, double CpuMs, [property: JsonPropertyName("allocated_mib")] double AllocatedMiB, int Collections, double GcPauseMs)
{
    public static async Task<(T Result, Measurement Cost)> OfAsync<T>(Func<Task<T>> work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        var result = await work();
        var wall = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (result, new Measurement(
            wall,
            (process.TotalProcessorTime - cpu).TotalMilliseconds,
            (GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1048576.0,
            GC.CollectionCount(0) - collections,
            (GC.GetTotalPauseDuration() - paused).TotalMilliseconds));
    }
}

/// <summary>Medians of several measurements of the same work.</summary>
public sealed record MeasurementMedians(
    double WallMs, double CpuMs, [property: JsonPropertyName("allocated_mib")] double AllocatedMiB, double GcPauseMs)
{
    public static MeasurementMedians Of(IReadOnlyCollection<Measurement> all) => new(
        Stats.Median(all.Select(m => m.WallMs)),
        Stats.Median(all.Select(m => m.CpuMs)),
        Stats.Median(all.Select(m => m.AllocatedMiB)),
        Stats.Median(all.Select(m => m.GcPauseMs)));
}
