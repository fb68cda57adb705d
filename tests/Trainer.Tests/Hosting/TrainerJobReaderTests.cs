using Spot.Contracts.Bootstrap;
using Spot.Trainer.Hosting;
using Spot.Trainer.Precision;

namespace Spot.Trainer.Tests.Hosting;

public sealed class TrainerJobReaderTests
{
    private static Dictionary<string, string> Minimal() => new()
    {
        [TrainerEnvironment.JobId] = "job-9",
        [TrainerEnvironment.CheckpointUri] = "/tmp/ck",
        [TrainerEnvironment.TotalSteps] = "1000",
    };

    [Fact]
    public void A_minimal_environment_gets_the_documented_defaults()
    {
        var job = TrainerJobReader.Read(Minimal(), []);

        Assert.Equal(("job-9", "/tmp/ck", "/usr/share/datasets/fashion-mnist"), (job.JobId, job.CheckpointUri, job.DataUri));
        Assert.Equal(("mlp", PrecisionMode.Fp32, 128, 1000L, 0L), (job.Training.Model, job.Training.Precision, job.Training.BatchSize, job.Training.TotalSteps, job.Training.Seed));
        Assert.Equal(("adamw", 1e-3, 0.01, "cosine"), (job.Training.Optimizer.Name, job.Training.Optimizer.LearningRate, job.Training.Optimizer.WeightDecay, job.Training.Optimizer.Schedule));
        Assert.Equal((CheckpointInterval.EverySteps(500), 3, (long?)null), (job.CheckpointInterval, job.CheckpointKeep, job.StopAtStep));
        Assert.Equal((TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)), (job.NoticePollInterval, job.StatusInterval));
        Assert.Equal(((double?)null, (string?)null), (job.PoolMtbfSeconds, job.AttemptId));
        Assert.Equal(65536, job.Training.LossScaler.InitialScale);
    }

    [Fact]
    public void Arguments_override_the_environment()
    {
        var env = Minimal();
        env[TrainerEnvironment.Precision] = "fp16";

        var job = TrainerJobReader.Read(env, ["SPOT_PRECISION=bf16", "SPOT_MODEL=cnn", "SPOT_MODEL_OPTIONS=channels=8,16;hidden=32", "SPOT_STOP_AT_STEP=42"]);

        Assert.Equal(PrecisionMode.Bf16, job.Training.Precision);
        Assert.Equal("cnn", job.Training.Model);
        Assert.Equal(42, job.StopAtStep);
    }

    [Fact]
    public void Sgd_defaults_to_no_weight_decay_and_momentum_0_9()
    {
        var job = TrainerJobReader.Read(Minimal(), ["SPOT_OPTIMIZER=SGD"]);

        Assert.Equal(("sgd", 0.0, 0.9), (job.Training.Optimizer.Name, job.Training.Optimizer.WeightDecay, job.Training.Optimizer.Momentum));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_the_variable_and_the_rule()
    {
        var env = new Dictionary<string, string>
        {
            [TrainerEnvironment.TotalSteps] = "ten",
            [TrainerEnvironment.Precision] = "fp8",
            [TrainerEnvironment.LearningRate] = "-1",
        };

        var error = Assert.Throws<TrainerJobException>(() => TrainerJobReader.Read(env, []));

        Assert.Contains("SPOT_TOTAL_STEPS: 'ten' must be a whole number in [1, ∞]", error.Message);
        Assert.Contains("SPOT_PRECISION: 'fp8' is not one of fp32, bf16, fp16", error.Message);
        Assert.Contains("SPOT_LEARNING_RATE: '-1' must be a number in [1E-12, 10]", error.Message);
        Assert.Contains("SPOT_JOB_ID: is required", error.Message);
        Assert.Contains("SPOT_CHECKPOINT_URI: is required", error.Message);
    }

    [Fact]
    public void An_argument_that_is_not_a_known_name_is_refused()
    {
        var error = Assert.Throws<TrainerJobException>(() => TrainerJobReader.Read(Minimal(), ["--steps", "SPOT_STEPS=5"]));

        Assert.Contains("argument '--steps': expected NAME=value", error.Message);
        Assert.Contains("argument 'SPOT_STEPS=5'", error.Message);
    }

    [Fact]
    public void A_warm_up_that_fills_the_whole_run_is_refused()
    {
        var error = Assert.Throws<TrainerJobException>(() => TrainerJobReader.Read(Minimal(), ["SPOT_WARMUP_STEPS=1000"]));

        Assert.Contains("SPOT_WARMUP_STEPS: 1000 warm-up steps leave none of the 1000 total steps", error.Message);
    }

    [Fact]
    public void More_than_one_process_is_refused_until_collectives_exist()
    {
        var error = Assert.Throws<TrainerJobException>(() => TrainerJobReader.Read(Minimal(), ["SPOT_WORLD_SIZE=2", "SPOT_RANK=1"]));

        Assert.Contains("SPOT_WORLD_SIZE: 2 processes need a collective library", error.Message);
        Assert.Contains("SPOT_RANK: '1' must be a whole number in [0, 0]", error.Message);
    }

    [Fact]
    public void Malformed_model_options_are_reported_under_their_variable()
    {
        var error = Assert.Throws<TrainerJobException>(() => TrainerJobReader.Read(Minimal(), ["SPOT_MODEL_OPTIONS=hidden"]));

        Assert.Contains("  SPOT_MODEL_OPTIONS: 'hidden' is not of the form key=value", error.Message);
    }

    [Theory]
    [InlineData("mlp", "depth=3", "SPOT_MODEL_OPTIONS: unknown key 'depth'; this model takes hidden, dropout")]
    [InlineData("cnn", "channels=8", "SPOT_MODEL_OPTIONS: channels takes exactly two sizes")]
    public void Hyperparameters_the_model_does_not_accept_are_reported_before_anything_is_built(string model, string options, string expected)
    {
        var error = Assert.Throws<TrainerJobException>(() => TrainerJobReader.Read(Minimal(), [$"SPOT_MODEL={model}", $"SPOT_MODEL_OPTIONS={options}"]));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void An_unknown_model_is_reported_once_with_the_choices()
    {
        var error = Assert.Throws<TrainerJobException>(() => TrainerJobReader.Read(Minimal(), ["SPOT_MODEL=vit"]));

        Assert.Contains("SPOT_MODEL: 'vit' is not one of mlp, cnn", error.Message);
        Assert.Equal(2, error.Message.Split('\n').Length);
    }

    [Fact]
    public void Unrelated_environment_variables_are_ignored()
    {
        var env = Minimal();
        env["SPOT_SOMETHING_ELSE"] = "x";
        env["PATH"] = "/usr/bin";

        Assert.Equal("job-9", TrainerJobReader.Read(env, []).JobId);
    }

    [Theory]
    [InlineData("steps:250", CheckpointIntervalKind.Steps, 250L, 0.0)]
    [InlineData("seconds:90.5", CheckpointIntervalKind.Seconds, 0L, 90.5)]
    [InlineData(" AUTO ", CheckpointIntervalKind.Auto, 0L, 0.0)]
    public void Checkpoint_interval_is_read_as_steps_seconds_or_auto(string text, CheckpointIntervalKind kind, long steps, double seconds)
    {
        var job = TrainerJobReader.Read(Minimal(), [$"SPOT_CHECKPOINT_INTERVAL={text}", "SPOT_POOL_MTBF_SECONDS=7200"]);

        Assert.Equal(new CheckpointInterval(kind, steps, seconds), job.CheckpointInterval);
        Assert.Equal(7200, job.PoolMtbfSeconds);
    }

    [Theory]
    [InlineData("steps:0", "SPOT_CHECKPOINT_INTERVAL: 'steps:0': the step count '0' must be a whole number >= 1")]
    [InlineData("steps:ten", "SPOT_CHECKPOINT_INTERVAL: 'steps:ten': the step count 'ten' must be a whole number >= 1")]
    [InlineData("seconds:-3", "SPOT_CHECKPOINT_INTERVAL: 'seconds:-3': the seconds '-3' must be a number > 0")]
    [InlineData("500", "SPOT_CHECKPOINT_INTERVAL: '500' is not steps:N (whole N >= 1), seconds:T (T > 0) or auto")]
    public void A_malformed_checkpoint_interval_is_refused_with_the_grammar(string text, string expected)
    {
        var error = Assert.Throws<TrainerJobException>(() => TrainerJobReader.Read(Minimal(), [$"SPOT_CHECKPOINT_INTERVAL={text}"]));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Auto_interval_without_the_pool_mtbf_is_refused_naming_both_variables()
    {
        var error = Assert.Throws<TrainerJobException>(() => TrainerJobReader.Read(Minimal(), ["SPOT_CHECKPOINT_INTERVAL=auto"]));

        Assert.Contains("SPOT_POOL_MTBF_SECONDS: is required when SPOT_CHECKPOINT_INTERVAL is auto", error.Message);
    }

    [Fact]
    public void Poll_and_status_periods_and_the_attempt_id_are_read()
    {
        var job = TrainerJobReader.Read(Minimal(), ["SPOT_NOTICE_POLL_SECONDS=0.5", "SPOT_STATUS_EVERY_SECONDS=30", "SPOT_ATTEMPT_ID=att-3"]);

        Assert.Equal((TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30), "att-3"), (job.NoticePollInterval, job.StatusInterval, job.AttemptId));
    }

    [Fact]
    public void A_poll_period_below_a_tenth_of_a_second_is_refused()
    {
        var error = Assert.Throws<TrainerJobException>(() => TrainerJobReader.Read(Minimal(), ["SPOT_NOTICE_POLL_SECONDS=0"]));

        Assert.Contains("SPOT_NOTICE_POLL_SECONDS: '0' must be a number in [0.1, 3600]", error.Message);
    }

    [Fact]
    public void S3_uris_are_kept_and_a_bad_bucket_name_is_refused_under_its_variable()
    {
        var env = Minimal();
        env[TrainerEnvironment.CheckpointUri] = "s3://spot-ck/jobs/job-9";
        env[TrainerEnvironment.DataUri] = "s3://Bad_Bucket/data";

        var error = Assert.Throws<TrainerJobException>(() => TrainerJobReader.Read(env, []));
        env[TrainerEnvironment.DataUri] = "s3://spot-data/fashion";
        var job = TrainerJobReader.Read(env, []);

        Assert.Contains("SPOT_DATA_URI: 'Bad_Bucket' in 's3://Bad_Bucket/data' is not a valid bucket name", error.Message);
        Assert.DoesNotContain("SPOT_CHECKPOINT_URI", error.Message);
        Assert.Equal(("s3://spot-ck/jobs/job-9", "s3://spot-data/fashion"), (job.CheckpointUri, job.DataUri));
    }
}
