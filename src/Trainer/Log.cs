using Microsoft.Extensions.Logging;

namespace Spot.Trainer;

/// <summary>Every log line the trainer writes, in one place.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Checkpoint {CheckpointId} committed to {Location} ({Bytes} bytes)")]
    public static partial void CheckpointCommitted(ILogger logger, string checkpointId, string location, long bytes);

    [LoggerMessage(2, LogLevel.Debug, "Checkpoint {CheckpointId} deleted by retention")]
    public static partial void CheckpointPruned(ILogger logger, string checkpointId);

    [LoggerMessage(3, LogLevel.Warning, "Checkpoint {CheckpointId} is not usable: {Reason}; falling back to an older checkpoint")]
    public static partial void CheckpointRejected(ILogger logger, string checkpointId, string reason);

    [LoggerMessage(4, LogLevel.Warning, "No latest pointer in {Location} although {Count} checkpoint folders exist; trying them newest first")]
    public static partial void LatestPointerMissing(ILogger logger, string location, int count);

    [LoggerMessage(5, LogLevel.Warning, "The latest pointer in {Location} holds '{Value}', which names no checkpoint; trying all checkpoints newest first")]
    public static partial void LatestPointerInvalid(ILogger logger, string location, string value);

    [LoggerMessage(6, LogLevel.Error, "Checkpoint of step {Step} did not become durable: {Reason}")]
    public static partial void CheckpointPersistFailed(ILogger logger, long step, string reason, Exception exception);

    [LoggerMessage(7, LogLevel.Information, "No usable checkpoint in {Location}; starting fresh at step 0")]
    public static partial void StartingFresh(ILogger logger, string location);

    [LoggerMessage(8, LogLevel.Information, "Resumed from checkpoint {CheckpointId} at step {Step}, epoch {Epoch}")]
    public static partial void Resumed(ILogger logger, string checkpointId, long step, int epoch);

    [LoggerMessage(9, LogLevel.Information, "Step {Step} skipped: gradients overflowed; loss scale now {Scale}")]
    public static partial void StepSkipped(ILogger logger, long step, double scale);

    [LoggerMessage(10, LogLevel.Information, "Step {Step}/{Total}: loss {Loss:F4}, {StepsPerSecond:F1} steps/s")]
    public static partial void Progress(ILogger logger, long step, long total, double loss, double stepsPerSecond);

    [LoggerMessage(11, LogLevel.Information, "Test accuracy after step {Step}: {Accuracy:P2}")]
    public static partial void Evaluated(ILogger logger, long step, double accuracy);

    [LoggerMessage(12, LogLevel.Warning, "Stop requested; checkpointing step {Step} and stopping")]
    public static partial void StopRequested(ILogger logger, long step);

    [LoggerMessage(13, LogLevel.Information, "Reached the planned stop step {Step}; checkpointing and stopping")]
    public static partial void PlannedStop(ILogger logger, long step);

    [LoggerMessage(14, LogLevel.Debug, "Snapshot of step {Step} taken in {Milliseconds:F1} ms")]
    public static partial void SnapshotTaken(ILogger logger, long step, double milliseconds);

    [LoggerMessage(15, LogLevel.Information, "Run {Outcome} at step {Step}/{Total}; parameters {ParameterHash}")]
    public static partial void RunEnded(ILogger logger, string outcome, long step, long total, string parameterHash);

    [LoggerMessage(16, LogLevel.Warning, "Stopped before training began; the newest durable checkpoint is unchanged")]
    public static partial void StoppedBeforeTraining(ILogger logger);

    [LoggerMessage(17, LogLevel.Critical, "The trainer failed: {Reason}")]
    public static partial void Failed(ILogger logger, string reason, Exception exception);
}
