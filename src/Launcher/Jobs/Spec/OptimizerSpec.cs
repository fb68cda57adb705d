namespace Spot.Launcher.Jobs.Spec;

/// <summary>The optimizer; <see cref="Momentum"/> is set for <c>sgd</c> only.</summary>
public sealed record OptimizerSpec(string Name, double LearningRate, double WeightDecay, double? Momentum);

/// <summary>
/// The learning-rate schedule. Warm-up belongs to <c>cosine</c>; step size and gamma to <c>step</c>; the others are
/// null so nothing unused reaches the trainer.
/// </summary>
public sealed record ScheduleSpec(string Name, long? WarmupSteps, long? StepSize, double? Gamma);
