namespace Spot.Launcher.Jobs.Spec;

/// <summary>The trainer's half of a job: model, data, numerics, length and optimisation.</summary>
/// <param name="ModelOptions">
/// The model's hyperparameters, a list already joined by commas (<c>channels: [32, 64]</c> becomes <c>32,64</c>).
/// Which keys a model takes is the trainer's rule, checked when it starts.
/// </param>
public sealed record TrainerSpec(
    string Model,
    DatasetSpec Dataset,
    string Precision,
    TrainingLength Length,
    int BatchSize,
    OptimizerSpec Optimizer,
    ScheduleSpec Schedule,
    long Seed,
    IReadOnlyDictionary<string, string> ModelOptions)
{
    public long TotalSteps => Length.TotalSteps;
}

/// <summary>
/// How long to train, as written (steps, or epochs over a dataset of known size) and as the trainer needs it:
/// optimizer steps over all attempts. Epochs become ⌈epochs × examples ÷ batch size⌉ steps.
/// </summary>
public sealed record TrainingLength(long TotalSteps, long? Steps, decimal? Epochs, long? TrainExamples);
