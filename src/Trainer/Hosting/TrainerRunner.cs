using Amazon.S3;
using Microsoft.Extensions.Logging;
using Spot.Contracts;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Data;
using Spot.Trainer.Interruption;
using Spot.Trainer.Native;
using Spot.Trainer.Telemetry;
using Spot.Trainer.Training;

namespace Spot.Trainer.Hosting;

/// <summary>
/// One attempt of a job: load the data, build the session, resume from the newest checkpoint that verifies (or
/// start fresh), train until the end or a stop, and report. On an interruption notice it also says whether the
/// emergency checkpoint became durable before the notice's deadline.
/// </summary>
public sealed class TrainerRunner
{
    private readonly ICheckpointStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public TrainerRunner(ICheckpointStore store, TimeProvider time, ILogger logger)
    {
        _store = store;
        _time = time;
        _logger = logger;
    }

    /// <summary>Loads the job's data from its URI (S3 or local), then runs.</summary>
    /// <param name="s3">Called only when the data URI is on S3.</param>
    /// <param name="stopRequested">Cancelled on SIGTERM or SIGINT.</param>
    /// <param name="watcher">The interruption watcher, when on an instance: its notice stops the run too.</param>
    public async Task<TrainingSummary> RunAsync(TrainerJob job, Func<IAmazonS3> s3, CancellationToken stopRequested,
        InterruptionWatcher? watcher = null, ITrainingObserver? observer = null)
    {
        TorchRuntime.Initialize(job.Threads);
        using var stop = LinkStops(watcher, stopRequested);
        Log.LoadingData(_logger, "training and test", job.DataUri);
        using var train = await JobDataLoader.LoadAsync(job, DatasetSplit.Train, s3, stop.Token);
        using var test = await JobDataLoader.LoadAsync(job, DatasetSplit.Test, s3, stop.Token);
        return await RunAsync(job, train, test, stopRequested, watcher, observer);
    }

    /// <summary>Runs on data already loaded (the data URI of the job is not read).</summary>
    /// <param name="observer">Told of every step, evaluation and durable checkpoint (status heartbeat, training curves).</param>
    public async Task<TrainingSummary> RunAsync(TrainerJob job, ITrainingData train, ITrainingData test, CancellationToken stopRequested,
        InterruptionWatcher? watcher = null, ITrainingObserver? observer = null)
    {
        using var stop = LinkStops(watcher, stopRequested);
        using var session = new TrainingSession(job.Training, train, new SingleProcessGradientReducer());

        var restored = await new CheckpointRestorer(_store, _logger)
            .FindNewestUsableAsync(job.JobId, SessionCheckpoint.RequiredParts, stop.Token);
        if (restored is null)
        {
            Log.StartingFresh(_logger, _store.Location);
        }
        else
        {
            SessionCheckpoint.Apply(session, restored);
            Log.Resumed(_logger, restored.Manifest.CheckpointId, session.Step, session.Sampler.Epoch);
        }

        var writer = new BackgroundCheckpointWriter(new CheckpointCommitter(_store, job.CheckpointKeep, _time, _logger), _logger);
        var trigger = CheckpointTriggerFactory.Create(job.CheckpointInterval, job.PoolMtbfSeconds, _time);
        // A rebalance recommendation makes an interruption likelier: save the work so far early, but keep training.
        Action<RebalanceRecommendation> checkpointSoon = _ => trigger.RequestSoon();
        if (watcher is not null) watcher.RebalanceRecommended += checkpointSoon;
        LoopEnd end;
        try
        {
            var loop = new TrainingLoop(session, train, test, writer, trigger, new LoopOptions(job.JobId, job.StopAtStep), _time, _logger, observer);
            end = await loop.RunAsync(stop.Token);
        }
        finally
        {
            if (watcher is not null) watcher.RebalanceRecommended -= checkpointSoon;
        }

        var deadlineMargin = watcher?.Notice is { } notice && writer.LastDurableStep is { } durableStep
            ? NoticeDeadline.Report(notice, durableStep, _time.GetUtcNow(), _logger)
            : (TimeSpan?)null;
        var hash = ParameterHash.Compute(session.Model.Master);
        var outcome = end == LoopEnd.Finished ? "finished" : "stopped";
        Log.RunEnded(_logger, outcome, session.Step, job.Training.TotalSteps, hash);
        return new TrainingSummary(job.JobId, outcome, end == LoopEnd.Finished ? ExitCodes.Success : ExitCodes.Preempted,
            session.Step, job.Training.TotalSteps, session.Sampler.Epoch, restored?.Manifest.Step, session.SmoothedLoss,
            session.TestAccuracy, session.Scaler?.SkippedSteps ?? 0, session.Scaler?.Scale, writer.LastDurableStep, hash,
            watcher?.Notice?.Time, deadlineMargin?.TotalSeconds);
    }

    private static CancellationTokenSource LinkStops(InterruptionWatcher? watcher, CancellationToken stopRequested) =>
        CancellationTokenSource.CreateLinkedTokenSource(stopRequested, watcher?.StopToken ?? CancellationToken.None);

}
