using System.Globalization;
using Spot.Trainer.Data;
using Spot.Trainer.Models;
using Spot.Trainer.Precision;
using Spot.Trainer.Training;
using TorchSharp;
using TorchSharp.Modules;
using static Spot.Bench.Trainer.Figures;

namespace Spot.Bench.Trainer.Throughput;

/// <summary>
/// Training steps per second of the trainer's CNN in TorchSharp against the same network in PyTorch, on the same
/// CPU threads, batch size and Fashion-MNIST batches, with the trainer's default options (fp32, AdamW). Runs
/// alternate between the two so that a shared machine's changing load falls on both.
/// </summary>
public static class CnnThroughputBenchmark
{
    public static readonly string[] Options = ["cnn-steps", "cnn-warmup", "python", "script"];

    private sealed record Settings(TrainingOptions Options, int Runs, int Steps, int Warmup, string DataDirectory, string Python, string Script);

    /// <summary>Checks every option now, so a mistake fails before any benchmark has spent minutes running.</summary>
    public static Func<Task> Prepare(BenchArguments args)
    {
        int runs = args.Int("runs", 5, min: 1, max: 100);
        int steps = args.Int("cnn-steps", 50, min: 1, max: 1_000_000);
        int warmup = args.Int("cnn-warmup", 10, min: 0, max: 1_000_000);
        var dataDirectory = args.Directory("data", FashionMnist.DebianDirectory);
        var python = args.Text("python", PyTorchCnnRun.DefaultPython);
        var script = args.Text("script", PyTorchCnnRun.FindScript() ?? PyTorchCnnRun.ScriptPath);
        if (!File.Exists(script))
            throw new BenchArgumentException($"--script {script}: no such file; run from the repository or name {PyTorchCnnRun.ScriptPath}");

        var options = TrainerDefaults.For(ModelFactory.Cnn, "", totalSteps: 100_000);
        var settings = new Settings(options, runs, steps, warmup, dataDirectory, python, script);
        return () => RunAsync(settings);
    }

    private static async Task RunAsync(Settings settings)
    {
        var (options, runs, steps, warmup, dataDirectory, python, script) = settings;
        using var train = FashionMnist.Load(dataDirectory, DatasetSplit.Train);
        int threads = torch.get_num_threads();
        var pytorch = new PyTorchCnnRun(python, script);
        var pythonArguments = PythonArguments(options, train.Input, dataDirectory, threads, warmup, steps);
        Console.WriteLine();
        Console.WriteLine($"cnn-throughput: cnn {Describe(options, train.Input)}, {options.Precision.Name()} {options.Optimizer.Name} " +
            $"lr {options.Optimizer.LearningRate} wd {options.Optimizer.WeightDecay} batch {options.BatchSize}, {threads} threads; " +
            $"{warmup} warm-up + {steps} timed steps per run; {runs} runs alternating; PyTorch via {python}");

        var sharp = new List<double>();
        var torchPy = new List<double>();
        for (int run = 1; run <= runs; run++)
        {
            sharp.Add(TorchSharpCnnRun.StepsPerSecond(options, train, warmup, steps));
            var result = await pytorch.RunAsync(pythonArguments, CancellationToken.None);
            if (result.Threads != threads)
                throw new InvalidOperationException($"PyTorch ran on {result.Threads} threads, not the {threads} asked for");
            torchPy.Add(result.StepsPerSecond);
            Console.WriteLine($"  run {run}: TorchSharp {sharp[^1],6:F2} steps/s   PyTorch {result.Version} {torchPy[^1],6:F2} steps/s   " +
                $"ratio {sharp[^1] / torchPy[^1]:F3}");
        }
        double sharpMedian = Median(sharp), torchMedian = Median(torchPy);
        Console.WriteLine($"medians: TorchSharp {sharpMedian:F2} steps/s, PyTorch {torchMedian:F2} steps/s, " +
            $"ratio TorchSharp/PyTorch {sharpMedian / torchMedian:F3} (goal >= 0.95); median of per-run ratios " +
            $"{Median(sharp.Zip(torchPy, (s, p) => s / p)):F3}");
    }

    private static List<string> PythonArguments(TrainingOptions options, ModelInput input, string data, int threads, int warmup, int steps)
    {
        var shapes = TorchSharpCnnRun.ParameterShapes(options, input);
        // Layer names, whatever the container in front of them (e.g. _layers.conv1.weight).
        string Size(string name, int dimension) =>
            (shapes.FirstOrDefault(s => s.Name == name || s.Name.EndsWith("." + name, StringComparison.Ordinal)).Shape
                ?? throw new InvalidOperationException($"the cnn model has no parameter '{name}'; update the PyTorch mirror in {PyTorchCnnRun.ScriptPath}"))
            [dimension].ToString(CultureInfo.InvariantCulture);
        string Number(double value) => PyTorchCnnRun.Invariant(value);
        return
        [
            "--data", data, "--threads", $"{threads}", "--batch", $"{options.BatchSize}",
            "--warmup", $"{warmup}", "--steps", $"{steps}",
            "--channels", $"{Size("conv1.weight", 0)},{Size("conv2.weight", 0)}", "--hidden", Size("fc.weight", 0),
            "--dropout", Number(DropoutOf(options, input)),
            "--lr", Number(options.Optimizer.LearningRate), "--weight-decay", Number(options.Optimizer.WeightDecay),
            "--total-steps", $"{options.TotalSteps}", "--seed", $"{options.Seed}",
            "--expect-shapes", TorchSharpCnnRun.ShapesJson(shapes),
        ];
    }

    private static double DropoutOf(TrainingOptions options, ModelInput input)
    {
        using var model = ModelFactory.Create(options.Model, options.ModelOptions, input);
        return model.named_modules().Select(m => m.module).OfType<Dropout>().FirstOrDefault()?.p
            ?? throw new InvalidOperationException($"the cnn model has no dropout layer; update the PyTorch mirror in {PyTorchCnnRun.ScriptPath}");
    }

    private static string Describe(TrainingOptions options, ModelInput input) =>
        string.Join(" ", TorchSharpCnnRun.ParameterShapes(options, input).Select(s => $"{s.Name}[{string.Join('x', s.Shape)}]"));
}
