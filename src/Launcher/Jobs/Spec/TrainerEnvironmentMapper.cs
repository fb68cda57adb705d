using System.Globalization;
using Spot.Contracts.Bootstrap;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// Writes a job spec as the trainer's environment (names from <see cref="TrainerEnvironment"/>). Every training
/// setting is written, defaults included, so the run depends on the spec alone and never on the trainer's defaults.
/// </summary>
public static class TrainerEnvironmentMapper
{
    public static IReadOnlyDictionary<string, string> ToTrainerEnvironment(this JobSpec spec, TrainerLaunch launch)
    {
        Require(launch.JobId, nameof(launch.JobId));
        Require(launch.AttemptId, nameof(launch.AttemptId));
        Require(launch.CheckpointUri, nameof(launch.CheckpointUri));
        Require(launch.DataUri, nameof(launch.DataUri));
        if (launch.PoolMtbfSeconds is { } mtbf && !(mtbf > 0 && double.IsFinite(mtbf)))
            throw new ArgumentOutOfRangeException(nameof(launch), mtbf, "PoolMtbfSeconds must be a finite number above 0");

        var trainer = spec.Trainer;
        var env = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [TrainerEnvironment.JobId] = launch.JobId,
            [TrainerEnvironment.AttemptId] = launch.AttemptId,
            [TrainerEnvironment.CheckpointUri] = launch.CheckpointUri,
            [TrainerEnvironment.DataUri] = launch.DataUri,
            [TrainerEnvironment.TotalSteps] = Text(trainer.TotalSteps),
            [TrainerEnvironment.Model] = trainer.Model,
            [TrainerEnvironment.ModelOptions] = string.Join(';', trainer.ModelOptions.Select(o => $"{o.Key}={o.Value}")),
            [TrainerEnvironment.Precision] = trainer.Precision,
            [TrainerEnvironment.BatchSize] = Text(trainer.BatchSize),
            [TrainerEnvironment.Seed] = Text(trainer.Seed),
            [TrainerEnvironment.Optimizer] = trainer.Optimizer.Name,
            [TrainerEnvironment.LearningRate] = Text(trainer.Optimizer.LearningRate),
            [TrainerEnvironment.WeightDecay] = Text(trainer.Optimizer.WeightDecay),
            [TrainerEnvironment.LearningRateSchedule] = trainer.Schedule.Name,
            [TrainerEnvironment.CheckpointInterval] = spec.Checkpoint.Interval.ToTrainerValue(),
            [TrainerEnvironment.CheckpointKeep] = Text(spec.Checkpoint.Keep),
        };
        SetIf(env, TrainerEnvironment.Momentum, trainer.Optimizer.Momentum);
        SetIf(env, TrainerEnvironment.WarmupSteps, trainer.Schedule.WarmupSteps);
        SetIf(env, TrainerEnvironment.LearningRateStepSize, trainer.Schedule.StepSize);
        SetIf(env, TrainerEnvironment.LearningRateGamma, trainer.Schedule.Gamma);
        SetIf(env, TrainerEnvironment.PoolMtbfSeconds, launch.PoolMtbfSeconds);
        return env;
    }

    private static void SetIf(SortedDictionary<string, string> env, string name, double? value)
    {
        if (value is { } v) env[name] = Text(v);
    }

    private static void SetIf(SortedDictionary<string, string> env, string name, long? value)
    {
        if (value is { } v) env[name] = Text(v);
    }

    // "R" keeps every bit of a double, so the trainer parses back exactly the rate the spec gave.
    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Require(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException($"{name} must not be empty", nameof(value));
    }
}
