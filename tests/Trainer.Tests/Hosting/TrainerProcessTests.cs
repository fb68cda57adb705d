using Spot.Contracts;
using Spot.Contracts.Bootstrap;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Tests.Support;

namespace Spot.Trainer.Tests.Hosting;

/// <summary>
/// The trainer as an instance runs it: a separate process configured only through SPOT_* variables. An attempt
/// that stops at step k and a new process that resumes from the checkpoint directory must end on exactly the
/// weights of one uninterrupted run.
/// </summary>
public sealed class TrainerProcessTests : IDisposable
{
    private const long TotalSteps = 90;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private Dictionary<string, string> Environment(string checkpoints, string precision) => new()
    {
        [TrainerEnvironment.JobId] = "job-process",
        [TrainerEnvironment.CheckpointDir] = _dir.Combine(checkpoints),
        [TrainerEnvironment.TotalSteps] = TotalSteps.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [TrainerEnvironment.Precision] = precision,
        [TrainerEnvironment.ModelOptions] = "hidden=64;dropout=0.2",
        [TrainerEnvironment.BatchSize] = "64",
        [TrainerEnvironment.WarmupSteps] = "10",
        [TrainerEnvironment.Seed] = "11",
        [TrainerEnvironment.CheckpointEverySteps] = "25",
        [TrainerEnvironment.LossScaleGrowthInterval] = "20",
        [TrainerEnvironment.Threads] = "2",
    };

    [Theory]
    [InlineData("fp32", 1)]
    [InlineData("bf16", 2)]
    public async Task A_run_stopped_at_a_random_step_and_resumed_in_a_new_process_ends_bit_identical(string precision, int seed)
    {
        long k = new Random(seed).NextInt64(1, TotalSteps);

        using var straight = await TrainerProcess.RunAsync(Environment("straight", precision));
        using var first = await TrainerProcess.RunAsync(Environment("interrupted", precision), $"SPOT_STOP_AT_STEP={k}");
        using var second = await TrainerProcess.RunAsync(Environment("interrupted", precision));

        Assert.True(straight.ExitCode == ExitCodes.Success, straight.Stderr);
        Assert.Equal((ExitCodes.Preempted, k, (long?)k), (first.ExitCode, first.Summary.Step, first.Summary.LastDurableStep));
        Assert.Equal((ExitCodes.Success, (long?)k, TotalSteps), (second.ExitCode, second.Summary.ResumedFromStep, second.Summary.Step));
        Assert.Equal(straight.Summary.ParameterHash, second.Summary.ParameterHash);
        Assert.NotEqual(first.Summary.ParameterHash, second.Summary.ParameterHash);
    }

    [Fact]
    public async Task Sigterm_mid_run_makes_a_checkpoint_durable_and_exits_preempted()
    {
        var env = Environment("sigterm", "fp32");
        env[TrainerEnvironment.TotalSteps] = "1000000";
        env[TrainerEnvironment.CheckpointEverySteps] = "0";
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
    }

    [Fact]
    public async Task A_bad_job_exits_with_the_bad_arguments_code_and_names_the_variable()
    {
        var env = Environment("bad", "fp64");

        using var trainer = await TrainerProcess.RunAsync(env);

        Assert.Equal(ExitCodes.BadArguments, trainer.ExitCode);
        Assert.Contains("SPOT_PRECISION: 'fp64' is not one of fp32, bf16, fp16", trainer.Stderr);
    }
}
