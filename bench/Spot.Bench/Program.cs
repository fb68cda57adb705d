using Spot.Bench;
using Spot.Bench.Deadline;
using Spot.Bench.Reconcile;

// Benchmarks print figures; they never assert. One benchmark per verb.
var benchmarks = new Dictionary<string, Func<string[], int>>(StringComparer.Ordinal)
{
    ["deadline"] = DeadlineBenchmark.Run,
    ["reconcile"] = ReconcileBenchmark.Run,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: spot-bench <{string.Join('|', benchmarks.Keys)}> [options] [--json]");
    return 2;
}

try
{
    return run(args[1..]);
}
catch (BenchArgumentException e)
{
    Console.Error.WriteLine($"spot-bench {args[0]}: {e.Message}");
    return 2;
}
