using Microsoft.Extensions.Logging;
using Spot.Trainer.Checkpoints;
using TorchSharp.Modules;
using static TorchSharp.torch.utils;

namespace Spot.Trainer.Telemetry;

/// <summary>
/// Training curves as TensorBoard event files, written with TorchSharp's SummaryWriter into a local directory and
/// uploaded (changed files only, in the background, one upload at a time) after each durable checkpoint, so the
/// curves in S3 always reach at least as far as the checkpoint a resumed run starts from.
/// </summary>
public sealed class TensorBoardLog : ITrainingObserver
{
    public const int DefaultScalarsEverySteps = 10;
    public const string LossTag = "train/loss";
    public const string LearningRateTag = "train/learning_rate";
    public const string LossScaleTag = "train/loss_scale";
    public const string StepsPerSecondTag = "train/steps_per_second";
    public const string TestAccuracyTag = "test/accuracy";

    // SummaryWriter opens the event file for each record with an exclusive lock; reads for the upload take this too.
    private readonly object _fileGate = new();
    private readonly object _uploadGate = new();
    private readonly SummaryWriter _writer;
    private readonly TensorBoardUploader _uploader;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly int _every;
    private Task _uploads = Task.CompletedTask;
    private long _windowStep;
    private long _windowStart;

    /// <param name="scalarsEverySteps">Each record reopens the event file, so fast models write every few steps, not every one.</param>
    public TensorBoardLog(string localDirectory, ITelemetrySink sink, TimeProvider time, ILogger logger, int scalarsEverySteps = DefaultScalarsEverySteps)
    {
        if (scalarsEverySteps < 1)
            throw new ArgumentOutOfRangeException(nameof(scalarsEverySteps), scalarsEverySteps, "Scalars must be written at least every step (>= 1).");
        lock (_fileGate)
            _writer = tensorboard.SummaryWriter(localDirectory);
        LocalDirectory = _writer.LogDir;
        _uploader = new TensorBoardUploader(localDirectory, sink, logger);
        _time = time;
        _logger = logger;
        _every = scalarsEverySteps;
        _windowStart = time.GetTimestamp();
    }

    public string LocalDirectory { get; }

    /// <summary>Where the attempt starts, so the first steps/s figure is measured from there.</summary>
    public void OnStart(long step) => (_windowStep, _windowStart) = (step, _time.GetTimestamp());

    public void OnStep(StepReport report)
    {
        if (report.Step % _every != 0)
            return;
        var now = _time.GetTimestamp();
        var seconds = _time.GetElapsedTime(_windowStart, now).TotalSeconds;
        var scalars = new List<(string, double)> { (LearningRateTag, report.LearningRate) };
        if (report.Loss is { } loss) scalars.Add((LossTag, loss));
        if (report.LossScale is { } scale) scalars.Add((LossScaleTag, scale));
        if (seconds > 0) scalars.Add((StepsPerSecondTag, (report.Step - _windowStep) / seconds));
        (_windowStep, _windowStart) = (report.Step, now);
        Write(report.Step, scalars);
    }

    public void OnEvaluated(long step, double accuracy) => Write(step, [(TestAccuracyTag, accuracy)]);

    public void OnCheckpointDurable(DurableCheckpoint checkpoint) => ScheduleUpload();

    /// <summary>Waits for the uploads under way, then uploads whatever changed since (the run's last records).</summary>
    public Task CompleteAsync() => ScheduleUpload();

    private Task ScheduleUpload()
    {
        lock (_uploadGate)
            return _uploads = UploadAfterAsync(_uploads);
    }

    private async Task UploadAfterAsync(Task previous)
    {
        await previous; // never faults: each upload logs its own failure
        try
        {
            await _uploader.UploadChangedAsync(_fileGate, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The next durable checkpoint retries every file not yet uploaded.
            Log.TensorBoardUploadFailed(_logger, e.Message, e);
        }
    }

    private void Write(long step, List<(string Tag, double Value)> scalars)
    {
        // Whole Unix seconds, as TorchSharp takes it; passed in so the records follow the injected clock.
        long wallTime = _time.GetUtcNow().ToUnixTimeSeconds();
        int globalStep = (int)Math.Min(step, int.MaxValue);
        try
        {
            lock (_fileGate)
            {
                foreach (var (tag, value) in scalars)
                    _writer.add_scalar(tag, (float)value, globalStep, wallTime);
            }
        }
        catch (IOException e)
        {
            Log.TensorBoardWriteFailed(_logger, step, e.Message, e);
        }
    }
}
