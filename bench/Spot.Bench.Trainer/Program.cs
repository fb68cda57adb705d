using Spot.Bench.Trainer;
using Spot.Bench.Trainer.Checkpointing;
using Spot.Bench.Trainer.Throughput;
using Spot.Trainer.Native;

// Benchmarks print figures; they never assert. One benchmark per verb, and `all` runs each in turn.
var benchmarks = new Dictionary<string, Func<BenchArguments, Func<Task>>>(StringComparer.Ordinal)
{
    ["checkpoint-stall"] = CheckpointStallBenchmark.Prepare,
    ["cnn-throughput"] = CnnThroughputBenchmark.Prepare,
};
var allowed = new Dictionary<string, string[]>(StringComparer.Ordinal)
{
    ["checkpoint-stall"] = [.. BenchArguments.Common, .. CheckpointStallBenchmark.Options],
    ["cnn-throughput"] = [.. BenchArguments.Common, .. CnnThroughputBenchmark.Options],
};
allowed["all"] = [.. allowed.Values.SelectMany(keys => keys).Distinct()];

if (args.Length == 0 || !allowed.TryGetValue(args[0], out var known))
{
    Console.Error.WriteLine($"usage: spot-bench-trainer <{string.Join('|', allowed.Keys)}> [--option value ...]");
    foreach (var (verb, keys) in allowed)
        Console.Error.WriteLine($"  {verb}: {string.Join(' ', keys.Select(key => "--" + key))}");
    return 2;
}

try
{
    var arguments = BenchArguments.Parse(args[1..], known);
    // Both frameworks must run on the same thread count, and TorchSharp fixes it once, before any tensor exists.
    int threads = arguments.Int("threads", Environment.ProcessorCount, min: 1, max: 1024);
    TorchRuntime.Initialize(threads);
    var selected = benchmarks.Where(entry => args[0] == entry.Key || args[0] == "all").Select(entry => entry.Value(arguments)).ToList();
    Console.WriteLine($"spot-bench-trainer {args[0]}: {threads} threads on {Environment.ProcessorCount} cores, " +
        $"GLIBC_TUNABLES={Environment.GetEnvironmentVariable("GLIBC_TUNABLES") ?? "(unset)"}");
    foreach (var run in selected)
        await run();
    return 0;
}
catch (BenchArgumentException e)
{
    Console.Error.WriteLine($"spot-bench-trainer {args[0]}: {e.Message}");
    return 2;
}
