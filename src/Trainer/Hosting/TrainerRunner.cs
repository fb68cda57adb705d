using Microsoft.Extensions.Logging;
using Spot.Contracts;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Data;
using Spot.Trainer.Native;
using Spot.Trainer.Training;

namespace Spot.Trainer.Hosting;

/// <summary>
/// One attempt of a job: load the data, build the session, resume from the newest checkpoint that verifies (or
/// start fresh), train until the end or a stop, and report.
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

    /// <param name="stopRequested">Cancelled on SIGTERM (later also on an interruption notice).</param>
    public async Task<TrainingSummary> RunAsync(TrainerJob job, CancellationToken stopRequested)
    {
        TorchRuntime.Initialize(job.Threads);
        using var train = FashionMnist.Load(job.DataDirectory, DatasetSplit.Train);
        using var test = FashionMnist.Load(job.DataDirectory, DatasetSplit.Test);
        return await RunAsync(job, train, test, stopRequested);
    }

    /// <summary>Runs on data already loaded (the data directory of the job is not read).</summary>
    public async Task<TrainingSummary> RunAsync(TrainerJob job, LabeledImages train, LabeledImages test, CancellationToken stopRequested)
    {
        using var session = new TrainingSession(job.Training, train.Count, train.ClassCount, new SingleProcessGradientReducer());

        var restored = await new CheckpointRestorer(_store, _logger)
            .FindNewestUsableAsync(job.JobId, SessionCheckpoint.RequiredParts, stopRequested);
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
        var loop = new TrainingLoop(session, train, test, writer,
            new LoopOptions(job.JobId, job.CheckpointEverySteps, job.StopAtStep), _time, _logger);
        var end = await loop.RunAsync(stopRequested);

        var hash = ParameterHash.Compute(session.Model.Master);
        var outcome = end == LoopEnd.Finished ? "finished" : "stopped";
        Log.RunEnded(_logger, outcome, session.Step, job.Training.TotalSteps, hash);
        return new TrainingSummary(job.JobId, outcome, end == LoopEnd.Finished ? ExitCodes.Success : ExitCodes.Preempted,
            session.Step, job.Training.TotalSteps, session.Sampler.Epoch, restored?.Manifest.Step, session.SmoothedLoss,
            session.TestAccuracy, session.Scaler?.SkippedSteps ?? 0, session.Scaler?.Scale, writer.LastDurableStep, hash);
    }
}
