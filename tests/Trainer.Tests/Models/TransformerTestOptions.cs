using Spot.Trainer.Models;
using Spot.Trainer.Optim;
using Spot.Trainer.Precision;
using Spot.Trainer.Tests.Data;
using Spot.Trainer.Training;

namespace Spot.Trainer.Tests.Models;

/// <summary>A language model small enough to train for a few hundred steps in seconds on two cores.</summary>
public static class TransformerTestOptions
{
    public const string Shape = "layers=2;heads=4;dim=64;dropout=0.1";

    public static TrainingOptions Small(PrecisionMode precision = PrecisionMode.Fp32, long totalSteps = 40, int batchSize = 16) =>
        new(ModelFactory.Transformer,
            HyperParameters.Parse($"{Shape};context={TextCorpusFixture.Context}", "test"),
            new OptimizerSettings(OptimizerFactory.AdamW, 3e-3, 0.01, 0.9, OptimizerFactory.Cosine, 20, 1000, 0.1),
            precision,
            new LossScalerOptions { GrowthInterval = 25 },
            BatchSize: batchSize,
            TotalSteps: totalSteps,
            Seed: 11);
}
