using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Spot.Trainer.Optim;

/// <summary>Builds the optimizers and schedules a job can name.</summary>
public static class OptimizerFactory
{
    public const string AdamW = "adamw";
    public const string Sgd = "sgd";
    public const string Cosine = "cosine";
    public const string Step = "step";
    public const string Constant = "constant";

    public static OptimizerHelper Create(OptimizerSettings settings, IEnumerable<Parameter> parameters) =>
        settings.Name.ToLowerInvariant() switch
        {
            AdamW => optim.AdamW(parameters, settings.LearningRate, weight_decay: settings.WeightDecay),
            Sgd => optim.SGD(parameters, settings.LearningRate, momentum: settings.Momentum, weight_decay: settings.WeightDecay),
            _ => throw new ArgumentException($"unknown optimizer '{settings.Name}'; choose {AdamW} or {Sgd}", nameof(settings)),
        };

    public static ILearningRateSchedule CreateSchedule(OptimizerSettings settings, long totalSteps) =>
        settings.Schedule.ToLowerInvariant() switch
        {
            Cosine => new CosineWarmupSchedule(settings.LearningRate, settings.WarmupSteps, totalSteps),
            Step => new StepDecaySchedule(settings.LearningRate, settings.StepSize, settings.Gamma),
            Constant => new ConstantSchedule(settings.LearningRate),
            _ => throw new ArgumentException(
                $"unknown learning-rate schedule '{settings.Schedule}'; choose {Cosine}, {Step} or {Constant}", nameof(settings)),
        };

    /// <summary>Sets the rate of every parameter group; called before each step with the schedule's value.</summary>
    public static void SetLearningRate(OptimizerHelper optimizer, double rate)
    {
        foreach (var group in optimizer.ParamGroups)
            group.LearningRate = rate;
    }
}
