using Spot.Trainer.Data;
using Spot.Trainer.Models;
using Spot.Trainer.Precision;
using Spot.Trainer.Training;
using TorchSharp;

namespace Spot.Bench.Trainer.Checkpointing;

/// <summary>
/// How long checkpointing stops training: a model of at least 10M parameters trained by the real loop, snapshot by
/// the real code and persisted by the background writer into a local directory and into LocalCloud's S3. Runs
/// without checkpoints are interleaved with runs that checkpoint every few steps, so a shared machine's load
/// falls on both alike.
/// </summary>
public static class CheckpointStallBenchmark
{
    public static readonly string[] Options = ["mlp-hidden", "stall-steps", "stall-warmup", "stall-every", "stores", "pool"];

    // Three 2048-wide layers over 784 inputs: 10,020,874 parameters, a round MLP just above 10M.
    private const string DefaultHidden = "2048,2048,2048";

    private sealed record Settings(TrainingOptions Options, string Hidden, int Runs, StallWindow Window, int Every,
        IReadOnlyList<string> Kinds, IReadOnlyList<PoolMtbf> Pools, string DataDirectory);

    /// <summary>Checks every option now, so a mistake fails before any benchmark has spent minutes running.</summary>
    public static Func<Task> Prepare(BenchArguments args)
    {
        var hidden = args.Text("mlp-hidden", DefaultHidden);
        int runs = args.Int("runs", 3, min: 1, max: 100);
        int steps = args.Int("stall-steps", 60, min: 2, max: 1_000_000);
        int warmup = args.Int("stall-warmup", 5, min: 0, max: steps - 1);
        int every = args.Int("stall-every", 15, min: 1, max: steps);
        var kinds = StoreKinds(args.Text("stores", string.Join(',', BenchStores.Kinds)));
        var pools = new[] { AutoInterval.FromAdvisor(args.Text("pool", "g4dn.xlarge@us-west-2")), AutoInterval.HotPool };
        var dataDirectory = args.Directory("data", FashionMnist.DebianDirectory);

        // A long schedule, so the rate barely moves within the few steps timed; the work per step does not depend on it.
        TrainingOptions options;
        try
        {
            options = TrainerDefaults.For(ModelFactory.Mlp, $"hidden={hidden}", totalSteps: 100_000);
        }
        catch (BenchArgumentException e)
        {
            throw new BenchArgumentException($"--mlp-hidden {hidden}: {e.Message}");
        }
        var settings = new Settings(options, hidden, runs, new StallWindow(warmup, steps), every, kinds, pools, dataDirectory);
        return () => RunAsync(settings);
    }

    private static async Task RunAsync(Settings settings)
    {
        var (options, hidden, runs, window, every, kinds, pools, dataDirectory) = settings;
        using var train = FashionMnist.Load(dataDirectory, DatasetSplit.Train);
        using var test = FashionMnist.Load(dataDirectory, DatasetSplit.Test);
        long parameters = CountParameters(options.Model, options.ModelOptions, train.Input);
        Console.WriteLine();
        Console.WriteLine($"checkpoint-stall: mlp hidden={hidden}, {parameters:N0} parameters, {options.Precision.Name()} " +
            $"{options.Optimizer.Name} batch {options.BatchSize}; steps {window.FirstStep + 1}..{window.LastStep} timed " +
            $"of each run; checkpoint every {every} steps in the checkpointing runs; {runs} runs; stores {string.Join(", ", kinds)}");

        await using var stores = await BenchStores.StartAsync(CancellationToken.None);
        var results = new Dictionary<string, List<StallRunResult>>(StringComparer.Ordinal) { [StallReport.NoCheckpoints] = [] };
        foreach (var kind in kinds) results[kind] = [];
        for (int run = 1; run <= runs; run++)
        {
            foreach (var kind in results.Keys)
            {
                bool baseline = kind == StallReport.NoCheckpoints;
                var store = stores.Create(baseline ? BenchStores.LocalKind : kind);
                var result = await StallRun.RunAsync(options, train, test, store, baseline ? null : every, window);
                results[kind].Add(result);
                StallReport.PrintRun(run, kind, result);
            }
        }
        StallReport.PrintSummary(results, every, pools);
    }

    private static List<string> StoreKinds(string text)
    {
        var kinds = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        var unknown = kinds.FirstOrDefault(kind => !BenchStores.Kinds.Contains(kind));
        if (kinds.Count == 0 || unknown is not null)
            throw new BenchArgumentException($"--stores {text}: a comma-separated list of {string.Join(", ", BenchStores.Kinds)}");
        return kinds;
    }

    private static long CountParameters(string model, HyperParameters options, ModelInput input)
    {
        using var module = ModelFactory.Create(model, options, input);
        return module.parameters().Sum(parameter => parameter.numel());
    }
}
