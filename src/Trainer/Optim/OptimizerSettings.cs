namespace Spot.Trainer.Optim;

/// <summary>The optimizer and learning-rate schedule a job asks for.</summary>
public sealed record OptimizerSettings(
    string Name,
    double LearningRate,
    double WeightDecay,
    double Momentum,
    string Schedule,
    long WarmupSteps,
    long StepSize,
    double Gamma);
