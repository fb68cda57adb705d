using Microsoft.Extensions.Logging;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Hosting;
using Spot.Trainer.Tests.Support;

namespace Spot.Trainer.Tests.Training;

/// <summary>
/// Damage to the newest checkpoint must cost only the steps since the one before it: the resumed run redoes them
/// and still ends on exactly the weights of a run that was never interrupted.
/// </summary>
[Collection(FashionMnistCollection.Name)]
public sealed class ResumeFallbackTests(FashionMnistFixture data) : IDisposable
{
    private const long TotalSteps = 60;
    private const long StopAt = 40;
    private readonly TempDirectory _dir = new();
    private readonly RecordingLogger _logger = new();

    public void Dispose() => _dir.Dispose();

    private Task<TrainingSummary> RunAsync(string directory, long? stopAt = null) =>
        new TrainerRunner(new LocalDirectoryCheckpointStore(directory), TimeProvider.System, _logger)
            .RunAsync(TestJobs.Job(directory, TestJobs.SmallMlp(totalSteps: TotalSteps), checkpointEvery: 20, stopAtStep: stopAt),
                data.Train, data.Test, CancellationToken.None);

    private string Latest(string part) => _dir.Combine("interrupted", "checkpoints", CheckpointIds.ForStep(StopAt), part);

    public static TheoryData<string, string> Damage => new()
    {
        { "corrupt", "(corrupted)" },
        { "truncate", "(truncated or overwritten)" },
        { "drop-manifest", "its manifest is missing" },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task Damage_to_the_newest_checkpoint_resumes_from_the_previous_one_and_ends_bit_identical(string damage, string reason)
    {
        var straight = await RunAsync(_dir.Combine("straight"));
        var stopped = await RunAsync(_dir.Combine("interrupted"), stopAt: StopAt);
        Assert.Equal(("stopped", StopAt), (stopped.Outcome, stopped.LastDurableStep));

        switch (damage)
        {
            case "corrupt":
                var bytes = File.ReadAllBytes(Latest("optimizer.bin"));
                bytes[bytes.Length / 2] ^= 0x40;
                File.WriteAllBytes(Latest("optimizer.bin"), bytes);
                break;
            case "truncate":
                var model = File.ReadAllBytes(Latest("model.bin"));
                File.WriteAllBytes(Latest("model.bin"), model[..(model.Length / 3)]);
                break;
            default:
                File.Delete(Latest("manifest.json"));
                break;
        }

        var resumed = await RunAsync(_dir.Combine("interrupted"));

        Assert.Equal(20, resumed.ResumedFromStep);
        Assert.Contains(_logger.Messages(LogLevel.Warning), m => m.Contains("step-0000000040 is not usable", StringComparison.Ordinal) && m.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(straight.ParameterHash, resumed.ParameterHash);
    }

    [Fact]
    public async Task With_every_checkpoint_damaged_the_run_starts_fresh_says_so_and_ends_bit_identical()
    {
        var straight = await RunAsync(_dir.Combine("straight"));
        await RunAsync(_dir.Combine("interrupted"), stopAt: 30);
        foreach (var manifest in Directory.EnumerateFiles(_dir.Combine("interrupted"), "manifest.json", SearchOption.AllDirectories))
            File.Delete(manifest);

        var resumed = await RunAsync(_dir.Combine("interrupted"));

        Assert.Null(resumed.ResumedFromStep);
        Assert.Equal(2, _logger.Messages(LogLevel.Warning).Count(m => m.Contains("its manifest is missing", StringComparison.Ordinal)));
        Assert.Contains(_logger.Messages(LogLevel.Information), m => m.StartsWith("No usable checkpoint in", StringComparison.Ordinal) && m.EndsWith("starting fresh at step 0", StringComparison.Ordinal));
        Assert.Equal(straight.ParameterHash, resumed.ParameterHash);
    }

    [Fact]
    public async Task A_finished_run_writes_a_final_checkpoint_that_carries_its_test_accuracy()
    {
        var summary = await RunAsync(_dir.Combine("straight"));

        var store = new LocalDirectoryCheckpointStore(_dir.Combine("straight"));
        var final = await new CheckpointRestorer(store, _logger).FindNewestUsableAsync(TestJobs.JobId, SessionCheckpointParts, CancellationToken.None);
        Assert.Equal(TotalSteps, final!.Manifest.Step);
        Assert.Equal(summary.TestAccuracy, final.Manifest.Metrics["testAccuracy"]);
        Assert.Equal(new[] { "step-0000000020", "step-0000000040", "step-0000000060" }, await store.ListAsync(CancellationToken.None));
    }

    private static IReadOnlyCollection<string> SessionCheckpointParts => Spot.Trainer.Training.SessionCheckpoint.RequiredParts;
}
