using System.Collections;
using System.Reflection;
using Spot.Contracts.Bootstrap;
using Spot.Trainer.Data;
using Spot.Trainer.Models;
using Spot.Trainer.Optim;
using Spot.Trainer.Precision;
using Spot.Trainer.Training;
using Env = Spot.Contracts.Bootstrap.TrainerEnvironment;

namespace Spot.Trainer.Hosting;

/// <summary>
/// Reads a <see cref="TrainerJob"/> from the environment, with <c>NAME=value</c> arguments taking precedence.
/// The names are those of <see cref="TrainerEnvironment"/>; an argument with any other name is an error.
/// </summary>
public static class TrainerJobReader
{
    /// <summary>Used when the job names no interval: frequent enough for small jobs, cheap for large ones.</summary>
    public static readonly CheckpointInterval DefaultInterval = CheckpointInterval.EverySteps(500);

    private static readonly HashSet<string> KnownNames = typeof(TrainerEnvironment)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public static TrainerJob FromProcess(string[] arguments) =>
        Read(Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? ""), arguments);

    public static TrainerJob Read(IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> arguments)
    {
        var values = environment.Where(entry => KnownNames.Contains(entry.Key))
            .ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var argument in arguments)
        {
            int equals = argument.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? argument[..equals] : argument;
            if (equals <= 0 || !KnownNames.Contains(name))
                problems.Add($"argument '{argument}': expected NAME=value with NAME one of {string.Join(", ", KnownNames.Order())}");
            else
                values[name] = argument[(equals + 1)..];
        }

        var reader = new SettingReader(values);
        var job = Build(reader);
        problems.AddRange(reader.Problems);
        if (problems.Count > 0)
            throw new TrainerJobException("The trainer's job is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)));
        return job;
    }

    private static TrainerJob Build(SettingReader s)
    {
        long total = s.RequiredLong(Env.TotalSteps, min: 1);
        string optimizer = s.OneOf(Env.Optimizer, OptimizerFactory.AdamW, OptimizerFactory.AdamW, OptimizerFactory.Sgd);
        string schedule = s.OneOf(Env.LearningRateSchedule, OptimizerFactory.Cosine, OptimizerFactory.Cosine, OptimizerFactory.Step, OptimizerFactory.Constant);
        long warmup = s.Long(Env.WarmupSteps, 0, min: 0);
        if (schedule == OptimizerFactory.Cosine && total > 0 && warmup >= total)
            s.Problem(Env.WarmupSteps, $"{warmup} warm-up steps leave none of the {total} total steps for the cosine decay");

        var optimizerSettings = new OptimizerSettings(
            optimizer,
            s.Double(Env.LearningRate, 1e-3, min: 1e-12, max: 10),
            s.Double(Env.WeightDecay, optimizer == OptimizerFactory.AdamW ? 0.01 : 0, min: 0, max: 1),
            s.Double(Env.Momentum, 0.9, min: 0, max: 0.999),
            schedule,
            warmup,
            s.Long(Env.LearningRateStepSize, 1000, min: 1),
            s.Double(Env.LearningRateGamma, 0.1, min: 1e-6, max: 1));

        var precisionText = s.Text(Env.Precision, PrecisionMode.Fp32.Name());
        if (!PrecisionModes.TryParse(precisionText, out var precision))
            s.Problem(Env.Precision, $"'{precisionText}' is not one of {PrecisionModes.Choices}");
        var scaler = new LossScalerOptions
        {
            InitialScale = s.Double(Env.LossScaleInitial, 65536, min: 1.0 / 65536, max: 1e30),
            GrowthInterval = s.Int(Env.LossScaleGrowthInterval, 2000, min: 1),
        };

        var model = s.OneOf(Env.Model, ModelFactory.Mlp, [.. ModelFactory.Names]);
        var modelOptions = HyperParameters.Parse("", Env.ModelOptions);
        try
        {
            modelOptions = HyperParameters.Parse(s.Text(Env.ModelOptions, ""), Env.ModelOptions);
            if (ModelFactory.Names.Contains(model)) ModelFactory.Validate(model, modelOptions);
        }
        catch (ArgumentException e)
        {
            // The message already starts with the variable's name.
            s.Report(e.Message);
        }

        int worldSize = s.Int(Env.WorldSize, 1, min: 1);
        if (worldSize > 1)
            s.Problem(Env.WorldSize, $"{worldSize} processes need a collective library; this trainer runs a world of 1 until data parallelism lands");
        s.Int(Env.Rank, 0, min: 0, max: 0);

        var training = new TrainingOptions(model, modelOptions, optimizerSettings, precision, scaler,
            s.Int(Env.BatchSize, 128, min: 1, max: 1 << 20), total, s.Long(Env.Seed, 0, min: 0));

        var interval = ReadInterval(s);
        var mtbf = s.Double(Env.PoolMtbfSeconds, double.NaN, min: 1, max: 1e9);
        if (interval.Kind == CheckpointIntervalKind.Auto && s.Text(Env.PoolMtbfSeconds, "").Length == 0)
            s.Problem(Env.PoolMtbfSeconds, $"is required when {Env.CheckpointInterval} is auto (Young/Daly needs the pool's mean time between interruptions)");

        return new TrainerJob(
            s.Required(Env.JobId),
            Location(s, s.Required(Env.CheckpointUri), Env.CheckpointUri),
            Location(s, s.Text(Env.DataUri, FashionMnist.DebianDirectory), Env.DataUri),
            training,
            interval,
            double.IsNaN(mtbf) ? null : mtbf,
            s.Int(Env.CheckpointKeep, 3, min: 1, max: 1000),
            s.Optional(Env.StopAtStep, min: 0),
            s.Int(Env.Threads, Environment.ProcessorCount, min: 1, max: 1024),
            TimeSpan.FromSeconds(s.Double(Env.NoticePollSeconds, 5, min: 0.1, max: 3600)),
            TimeSpan.FromSeconds(s.Double(Env.StatusEverySeconds, 5, min: 0.1, max: 86400)),
            s.Text(Env.AttemptId, "") is { Length: > 0 } attempt ? attempt : null);
    }

    /// <summary>An S3 URI must parse now; anything else is a local directory, checked when it is opened.</summary>
    private static string Location(SettingReader s, string uri, string name)
    {
        if (!S3Location.IsS3(uri)) return uri;
        try
        {
            S3Location.Parse(uri, name);
        }
        catch (ArgumentException e)
        {
            s.Report(e.Message);
        }
        return uri;
    }

    private static CheckpointInterval ReadInterval(SettingReader s)
    {
        var text = s.Text(Env.CheckpointInterval, DefaultInterval.ToString());
        if (CheckpointInterval.TryParse(text, out var interval, out var problem))
            return interval;
        s.Problem(Env.CheckpointInterval, problem);
        return DefaultInterval;
    }
}
