using Spot.Contracts.Bootstrap;
using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Tests.Jobs.Spec;

public class TrainerEnvironmentMapperTests
{
    private static readonly TrainerLaunch Launch = new("job-7", "job-7-a2", "s3://ckpt/jobs/job-7", "/usr/share/datasets/fashion-mnist");

    [Fact]
    public void ToTrainerEnvironment_writes_every_training_setting_and_the_callers_locations()
    {
        var spec = SpecYaml.Read(SpecYaml.Build(
            trainer: ["steps: 600", "batch_size: 64", "seed: 7", "precision: bf16", "optimizer: {lr: 0.002}", "schedule: {warmup_steps: 50}", "model_options: {hidden: 64, channels: [8, 16]}"],
            top: ["checkpoint: {interval: 50 steps, keep: 2}"]));

        var env = spec.ToTrainerEnvironment(Launch);

        Assert.Equal(new Dictionary<string, string>
        {
            [TrainerEnvironment.JobId] = "job-7",
            [TrainerEnvironment.AttemptId] = "job-7-a2",
            [TrainerEnvironment.CheckpointUri] = "s3://ckpt/jobs/job-7",
            [TrainerEnvironment.DataUri] = "/usr/share/datasets/fashion-mnist",
            [TrainerEnvironment.TotalSteps] = "600",
            [TrainerEnvironment.Model] = "cnn",
            [TrainerEnvironment.ModelOptions] = "channels=8,16;hidden=64",
            [TrainerEnvironment.Precision] = "bf16",
            [TrainerEnvironment.BatchSize] = "64",
            [TrainerEnvironment.Seed] = "7",
            [TrainerEnvironment.Optimizer] = "adamw",
            [TrainerEnvironment.LearningRate] = "0.002",
            [TrainerEnvironment.WeightDecay] = "0.01",
            [TrainerEnvironment.LearningRateSchedule] = "cosine",
            [TrainerEnvironment.WarmupSteps] = "50",
            [TrainerEnvironment.CheckpointInterval] = "steps:50",
            [TrainerEnvironment.CheckpointKeep] = "2",
        }, env);
    }

    [Fact]
    public void ToTrainerEnvironment_writes_momentum_for_sgd_and_the_step_schedule_settings()
    {
        var spec = SpecYaml.Read(SpecYaml.Trainer("optimizer: {name: sgd, momentum: 0.8}", "schedule: {name: step, step_size: 30, gamma: 0.5}"));

        var env = spec.ToTrainerEnvironment(Launch);

        Assert.Equal("0.8", env[TrainerEnvironment.Momentum]);
        Assert.Equal("30", env[TrainerEnvironment.LearningRateStepSize]);
        Assert.Equal("0.5", env[TrainerEnvironment.LearningRateGamma]);
        Assert.False(env.ContainsKey(TrainerEnvironment.WarmupSteps));
    }

    [Fact]
    public void ToTrainerEnvironment_passes_the_pool_mtbf_for_an_auto_interval()
    {
        var env = SpecYaml.Read(SpecYaml.Minimal).ToTrainerEnvironment(Launch with { PoolMtbfSeconds = 5400 });

        Assert.Equal("auto", env[TrainerEnvironment.CheckpointInterval]);
        Assert.Equal("5400", env[TrainerEnvironment.PoolMtbfSeconds]);
    }

    [Fact]
    public void ToTrainerEnvironment_rejects_an_empty_checkpoint_uri()
    {
        var error = Assert.Throws<ArgumentException>(() => SpecYaml.Read(SpecYaml.Minimal).ToTrainerEnvironment(Launch with { CheckpointUri = " " }));

        Assert.Contains("CheckpointUri must not be empty", error.Message, StringComparison.Ordinal);
    }
}
