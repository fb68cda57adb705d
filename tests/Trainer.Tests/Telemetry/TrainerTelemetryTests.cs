using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Spot.Contracts.Checkpoints;
using Spot.Contracts.Status;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Telemetry;
using Spot.Trainer.Tests.Support;
using Spot.Trainer.Training;

namespace Spot.Trainer.Tests.Telemetry;

/// <summary>A real run with rank 0's telemetry wired as the entry point wires it, into a local checkpoint root.</summary>
[Collection(FashionMnistCollection.Name)]
public sealed class TrainerTelemetryTests(FashionMnistFixture data) : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_finished_run_leaves_a_final_status_and_its_uploaded_curves_beside_its_checkpoints()
    {
        var root = _dir.Combine("root");
        var training = TestJobs.SmallMlp(totalSteps: 30);
        using var session = new TrainingSession(training, data.Train, new SingleProcessGradientReducer());
        var writer = new BackgroundCheckpointWriter(
            new CheckpointCommitter(new LocalDirectoryCheckpointStore(root), keep: 3, TimeProvider.System, NullLogger.Instance), NullLogger.Instance);
        await using var telemetry = TrainerTelemetry.Create(new LocalDirectoryTelemetrySink(root),
            new StatusIdentity(TestJobs.JobId, "attempt-1", 0, training.TotalSteps, "fp32"), TimeSpan.FromMinutes(10),
            _dir.Combine("tensorboard-local"), TimeProvider.System, NullLogger.Instance);
        var loop = new TrainingLoop(session, data.Train, data.Test, writer, new EveryStepsCheckpointTrigger(10),
            new LoopOptions(TestJobs.JobId, StopAtStep: null), TimeProvider.System, NullLogger.Instance, telemetry);

        await telemetry.StartAsync(CancellationToken.None);
        await loop.RunAsync(CancellationToken.None);
        await telemetry.CompleteAsync(TrainerStates.Finished, CancellationToken.None);

        var status = JsonSerializer.Deserialize<TrainerStatus>(File.ReadAllBytes(Path.Combine(root, TrainerStatusLayout.ObjectName)))!;
        Assert.Equal((TrainerStates.Finished, 30L, (long?)30, "attempt-1"), (status.State, status.Step, status.LastDurableStep, status.AttemptId));
        Assert.Equal(session.TestAccuracy, status.TestAccuracy);
        var local = Assert.Single(Directory.GetFiles(_dir.Combine("tensorboard-local")));
        var uploaded = Path.Combine(root, CheckpointLayout.TensorBoardFolder, Path.GetFileName(local));
        Assert.Equal(File.ReadAllBytes(local), File.ReadAllBytes(uploaded));
        Assert.Contains(TfRecordFile.ReadRecords(File.ReadAllBytes(uploaded)).Select(Tensorboard.Event.Parser.ParseFrom),
            e => e.Summary?.Value.Count > 0 && e.Summary.Value[0].Tag == TensorBoardLog.TestAccuracyTag);
    }
}
