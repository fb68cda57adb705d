using Spot.Trainer.Hosting;
using Spot.Trainer.Models;
using Spot.Trainer.Optim;
using Spot.Trainer.Precision;
using Spot.Trainer.Training;

namespace Spot.Trainer.Tests.Support;

/// <summary>Small, fast jobs: a narrow MLP with dropout (so the global generator matters) and few steps.</summary>
public static class TestJobs
{
    public const string JobId = "job-test";

    public static TrainingOptions SmallMlp(PrecisionMode precision = PrecisionMode.Fp32, long totalSteps = 60, string optimizer = OptimizerFactory.AdamW) =>
        new(ModelFactory.Mlp,
            HyperParameters.Parse("hidden=64;dropout=0.2", "test"),
            new OptimizerSettings(optimizer, 2e-3, 0.01, 0.9, OptimizerFactory.Cosine, 5, 1000, 0.1),
            precision,
            new LossScalerOptions { GrowthInterval = 25 },
            BatchSize: 64,
            TotalSteps: totalSteps,
            Seed: 7);

    /// <param name="checkpointEvery">Steps between checkpoints; 0 means only the final (or stop) checkpoint.</param>
    public static TrainerJob Job(string checkpointDirectory, TrainingOptions training, long checkpointEvery = 20, long? stopAtStep = null, int keep = 3) =>
        new(JobId, checkpointDirectory, Spot.Trainer.Data.FashionMnist.DebianDirectory, training,
            // No run in the tests reaches long.MaxValue steps, so that interval never fires.
            CheckpointInterval.EverySteps(checkpointEvery > 0 ? checkpointEvery : long.MaxValue),
            PoolMtbfSeconds: null, keep, stopAtStep, FashionMnistFixture.Threads,
            NoticePollInterval: TimeSpan.FromSeconds(5), StatusInterval: TimeSpan.FromSeconds(5), AttemptId: null);
}
