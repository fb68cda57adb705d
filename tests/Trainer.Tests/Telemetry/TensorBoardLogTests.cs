using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Hosting;
using Spot.Trainer.Telemetry;
using Spot.Trainer.Tests.Support;
using Tensorboard;

namespace Spot.Trainer.Tests.Telemetry;

public sealed class TensorBoardLogTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
    private readonly RecordingLogger _logger = new();

    public void Dispose() => _dir.Dispose();

    private string Local => _dir.Combine("tb");

    private TensorBoardLog CreateSut(ITelemetrySink sink) => new(Local, sink, _time, _logger, scalarsEverySteps: 10);

    private static StepReport Step(long step) => new(step, 100, Epoch: 0, Loss: 0.5, LearningRate: 0.001, LossScale: 4096, Applied: true);

    private string EventFile() => Assert.Single(Directory.GetFiles(Local, "events.out.tfevents.*"));

    /// <summary>A log that has written the records of step 10 and nothing more.</summary>
    private TensorBoardLog AfterTenSteps(ITelemetrySink sink)
    {
        var curves = CreateSut(sink);
        curves.OnStart(0);
        curves.OnStep(Step(10));
        return curves;
    }

    /// <summary>Announces a durable checkpoint and waits for the uploads it started.</summary>
    private static async Task DurableAsync(TensorBoardLog curves, long step)
    {
        curves.OnCheckpointDurable(new DurableCheckpoint(step, CheckpointIds.ForStep(step), TimeSpan.FromSeconds(1)));
        await curves.CompleteAsync();
    }

    [Fact]
    public void Scalars_land_in_an_event_file_of_valid_TFRecord_frames_every_N_steps()
    {
        var curves = CreateSut(new RecordingTelemetrySink());
        curves.OnStart(0);

        for (long step = 1; step <= 20; step++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(200)); // 5 steps/s
            curves.OnStep(Step(step));
        }
        curves.OnEvaluated(20, 0.75);

        var bytes = File.ReadAllBytes(EventFile());
        var events = TfRecordFile.ReadRecords(bytes).Select(Event.Parser.ParseFrom).ToList();
        Assert.NotEmpty(bytes);
        Assert.Equal("brain.Event:2", events[0].FileVersion);
        var scalars = events.Skip(1).Select(e => (e.Step, e.Summary.Value[0].Tag, e.Summary.Value[0].SimpleValue)).ToList();
        Assert.Equal(
            [
                (10L, TensorBoardLog.LearningRateTag, 0.001f), (10L, TensorBoardLog.LossTag, 0.5f), (10L, TensorBoardLog.LossScaleTag, 4096f), (10L, TensorBoardLog.StepsPerSecondTag, 5f),
                (20L, TensorBoardLog.LearningRateTag, 0.001f), (20L, TensorBoardLog.LossTag, 0.5f), (20L, TensorBoardLog.LossScaleTag, 4096f), (20L, TensorBoardLog.StepsPerSecondTag, 5f),
                (20L, TensorBoardLog.TestAccuracyTag, 0.75f),
            ],
            scalars);
        Assert.Equal(_time.GetUtcNow().ToUnixTimeSeconds(), events[^1].WallTime);
    }

    [Fact]
    public async Task A_durable_checkpoint_uploads_the_event_file_to_the_tensorboard_folder_in_S3()
    {
        await using var cloud = await LocalCloudS3.StartAsync();
        var curves = AfterTenSteps(new S3TelemetrySink(cloud.S3, new S3Location(LocalCloudS3.Bucket, "jobs/job-1"), useChunkEncoding: false));

        await DurableAsync(curves, 10);

        var file = EventFile();
        var uploaded = await cloud.ReadAsync("jobs/job-1/tensorboard/" + Path.GetFileName(file));
        Assert.Equal(File.ReadAllBytes(file), uploaded);
        Assert.NotEmpty(TfRecordFile.ReadRecords(uploaded));
    }

    [Fact]
    public async Task Only_new_or_changed_files_are_uploaded_again()
    {
        var sink = new RecordingTelemetrySink();
        var curves = AfterTenSteps(sink);

        await DurableAsync(curves, 10);
        int afterFirst = sink.Puts.Count;
        await DurableAsync(curves, 15); // nothing written since
        int afterUnchanged = sink.Puts.Count;
        curves.OnStep(Step(20));
        await DurableAsync(curves, 20);

        Assert.Equal((1, 1, 2), (afterFirst, afterUnchanged, sink.Puts.Count));
        Assert.All(sink.Puts, put => Assert.Equal("tensorboard/" + Path.GetFileName(EventFile()), put.Name));
        Assert.Equal(File.ReadAllBytes(EventFile()), sink.Puts[^1].Content);
    }

    [Fact]
    public async Task A_failed_upload_is_logged_and_the_file_goes_up_with_the_next_one()
    {
        var sink = new RecordingTelemetrySink();
        var curves = AfterTenSteps(sink);
        sink.FailNext(1);

        await DurableAsync(curves, 10);

        Assert.Contains("TensorBoard upload failed: bucket unreachable; the next durable checkpoint uploads the files again", _logger.Messages(LogLevel.Warning));
        Assert.Equal(File.ReadAllBytes(EventFile()), Assert.Single(sink.Puts).Content);
    }
}
