using System.Globalization;
using Spot.Contracts;
using Spot.Contracts.Bootstrap;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Tests.Support;
using Spot.Trainer.Training;
using Xunit.Abstractions;

namespace Spot.Trainer.Tests.Hosting;

/// <summary>
/// The trainer as an instance runs it: a separate process configured only through SPOT_* and AWS_* variables,
/// reading Fashion-MNIST from S3 and checkpointing to S3 (LocalCloud's, on loopback). An attempt that stops at
/// step k and a new process that resumes from S3 must end on exactly the weights of one uninterrupted run.
/// </summary>
public sealed class TrainerProcessTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const long TotalSteps = 90;
    private const string DataPrefix = "datasets/fashion-mnist";
    private readonly TempDirectory _dir = new();
    private LocalCloudS3 _cloud = null!;

    public async Task InitializeAsync()
    {
        _cloud = await LocalCloudS3.StartAsync();
        await _cloud.UploadFashionMnistAsync(DataPrefix);
    }

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    private static string CheckpointsUri(string job) => $"s3://{LocalCloudS3.Bucket}/jobs/{job}";

    private Dictionary<string, string> Environment(string job, string precision)
    {
        var env = _cloud.AwsEnvironment();
        env[TrainerEnvironment.JobId] = "job-process";
        env[TrainerEnvironment.CheckpointUri] = CheckpointsUri(job);
        env[TrainerEnvironment.DataUri] = $"s3://{LocalCloudS3.Bucket}/{DataPrefix}";
        env[TrainerEnvironment.TotalSteps] = TotalSteps.ToString(CultureInfo.InvariantCulture);
        env[TrainerEnvironment.Precision] = precision;
        env[TrainerEnvironment.ModelOptions] = "hidden=64;dropout=0.2";
        env[TrainerEnvironment.BatchSize] = "64";
        env[TrainerEnvironment.WarmupSteps] = "10";
        env[TrainerEnvironment.Seed] = "11";
        env[TrainerEnvironment.CheckpointInterval] = "steps:20";
        env[TrainerEnvironment.LossScaleGrowthInterval] = "20";
        env[TrainerEnvironment.Threads] = "2";
        return env;
    }

    [Theory]
    [InlineData("fp32", 1)]
    [InlineData("bf16", 2)]
    public async Task A_run_stopped_at_a_random_step_and_resumed_from_S3_in_a_new_process_ends_bit_identical(string precision, int seed)
    {
        long k = new Random(seed).NextInt64(1, TotalSteps);
        output.WriteLine($"{precision}: stopping the interrupted run at step k={k} (seed {seed})");

        using var straight = await TrainerProcess.RunAsync(Environment("straight", precision));
        using var first = await TrainerProcess.RunAsync(Environment("interrupted", precision), $"SPOT_STOP_AT_STEP={k}");
        using var second = await TrainerProcess.RunAsync(Environment("interrupted", precision));
        output.WriteLine($"straight: {straight.Summary.ParameterHash}; resumed: {second.Summary.ParameterHash}");

        Assert.True(straight.ExitCode == ExitCodes.Success, straight.Stderr);
        Assert.Equal((ExitCodes.Preempted, k, (long?)k), (first.ExitCode, first.Summary.Step, first.Summary.LastDurableStep));
        Assert.Equal((ExitCodes.Success, (long?)k, TotalSteps), (second.ExitCode, second.Summary.ResumedFromStep, second.Summary.Step));
        Assert.Equal(straight.Summary.ParameterHash, second.Summary.ParameterHash);
        Assert.NotEqual(first.Summary.ParameterHash, second.Summary.ParameterHash);
        Assert.Equal(CheckpointIds.ForStep(TotalSteps), System.Text.Encoding.UTF8.GetString(await _cloud.ReadAsync("jobs/interrupted/latest")));
    }

    public enum Damage
    {
        CorruptedPart,
        TruncatedUpload,
        MissingManifest,
    }

    [Theory]
    [InlineData(Damage.CorruptedPart, "(corrupted)")]
    [InlineData(Damage.TruncatedUpload, "(truncated or overwritten)")]
    [InlineData(Damage.MissingManifest, "its manifest is missing")]
    public async Task A_damaged_latest_checkpoint_in_S3_makes_a_new_process_resume_from_the_previous_good_one(Damage damage, string reasonWord)
    {
        using var first = await TrainerProcess.RunAsync(Environment("damaged", "fp32"), "SPOT_STOP_AT_STEP=50");
        var folder = $"jobs/damaged/checkpoints/{CheckpointIds.ForStep(50)}";
        var part = $"{folder}/{SessionCheckpoint.ModelPart}";
        switch (damage)
        {
            case Damage.CorruptedPart:
                var bytes = await _cloud.ReadAsync(part);
                bytes[bytes.Length / 2] ^= 0x5a;
                await _cloud.WriteAsync(part, bytes);
                break;
            case Damage.TruncatedUpload:
                var whole = await _cloud.ReadAsync(part);
                await _cloud.WriteAsync(part, whole[..(whole.Length / 3)]);
                break;
            case Damage.MissingManifest:
                await _cloud.S3.DeleteObjectAsync(LocalCloudS3.Bucket, $"{folder}/manifest.json");
                break;
        }

        using var second = await TrainerProcess.RunAsync(Environment("damaged", "fp32"));

        Assert.Equal((ExitCodes.Preempted, (long?)50), (first.ExitCode, first.Summary.LastDurableStep));
        Assert.True(second.ExitCode == ExitCodes.Success, second.Stderr);
        Assert.Equal((long?)40, second.Summary.ResumedFromStep);
        var rejection = second.Stderr.Split('\n').Single(line => line.Contains($"Checkpoint {CheckpointIds.ForStep(50)} is not usable", StringComparison.Ordinal));
        Assert.Contains(reasonWord, rejection, StringComparison.Ordinal);
        Assert.Contains("falling back to an older checkpoint", rejection, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigterm_mid_run_makes_a_checkpoint_durable_in_a_local_directory_and_exits_preempted()
    {
        var env = Environment("sigterm", "fp32");
        env[TrainerEnvironment.CheckpointUri] = _dir.Combine("sigterm");
        env[TrainerEnvironment.DataUri] = Spot.Trainer.Data.FashionMnist.DebianDirectory;
        env[TrainerEnvironment.TotalSteps] = "1000000";
        env[TrainerEnvironment.CheckpointInterval] = "steps:1000000";
        using var trainer = TrainerProcess.Start(env);

        await trainer.FirstProgress;
        trainer.SendSigterm();
        await trainer.WaitForExitAsync();

        Assert.True(trainer.ExitCode == ExitCodes.Preempted, trainer.Stderr);
        var summary = trainer.Summary;
        Assert.Equal("stopped", summary.Outcome);
        Assert.Equal(summary.Step, summary.LastDurableStep);
        Assert.Equal(CheckpointIds.ForStep(summary.Step), File.ReadAllText(_dir.Combine("sigterm", "latest")));
        Assert.Contains("Stop requested; checkpointing step", trainer.Stderr);
        Assert.Contains("(AWS_EC2_METADATA_DISABLED=true); not on an EC2 instance, so interruption notices are off", trainer.Stderr);
    }

    [Fact]
    public async Task A_bad_job_exits_with_the_bad_arguments_code_and_names_the_variable()
    {
        var env = Environment("bad", "fp64");

        using var trainer = await TrainerProcess.RunAsync(env);

        Assert.Equal(ExitCodes.BadArguments, trainer.ExitCode);
        Assert.Contains("SPOT_PRECISION: 'fp64' is not one of fp32, bf16, fp16", trainer.Stderr);
    }

    [Fact]
    public async Task Data_missing_from_S3_fails_the_attempt_naming_the_keys()
    {
        var env = Environment("nodata", "fp32");
        env[TrainerEnvironment.DataUri] = $"s3://{LocalCloudS3.Bucket}/no-such-dataset";

        using var trainer = await TrainerProcess.RunAsync(env);

        Assert.Equal(ExitCodes.Failure, trainer.ExitCode);
        Assert.Contains("Neither s3://spot-test/no-such-dataset/train-images-idx3-ubyte nor s3://spot-test/no-such-dataset/train-images-idx3-ubyte.gz exists", trainer.Stderr);
    }
}
