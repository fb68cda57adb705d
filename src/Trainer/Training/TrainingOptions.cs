using Spot.Trainer.Models;
using Spot.Trainer.Optim;
using Spot.Trainer.Precision;

namespace Spot.Trainer.Training;

/// <summary>What shapes the arithmetic of a run; two runs with equal options and seeds produce equal weights.</summary>
public sealed record TrainingOptions(
    string Model,
    HyperParameters ModelOptions,
    OptimizerSettings Optimizer,
    PrecisionMode Precision,
    LossScalerOptions LossScaler,
    int BatchSize,
    long TotalSteps,
    long Seed);
