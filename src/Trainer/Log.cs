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

    [LoggerMessage(11, LogLevel.Information, "Evaluation after step {Step}: accuracy {Accuracy:P2}, loss {Loss:F4}")]
    public static partial void Evaluated(ILogger logger, long step, double accuracy, double loss);

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

    // Hosting and interruption: 200-299.

    [LoggerMessage(200, LogLevel.Information, "Watching {Endpoint} for spot interruption notices and rebalance recommendations every {Seconds} s")]
    public static partial void ImdsWatching(ILogger logger, Uri endpoint, double seconds);

    [LoggerMessage(201, LogLevel.Information, "No instance metadata service at {Endpoint} ({Reason}); not on an EC2 instance, so interruption notices are off (SIGTERM still stops cleanly)")]
    public static partial void ImdsUnavailable(ILogger logger, Uri endpoint, string reason);

    [LoggerMessage(202, LogLevel.Warning, "Polling the instance metadata service failed: {Reason}; trying again in {Seconds} s")]
    public static partial void ImdsPollFailed(ILogger logger, string reason, double seconds);

    [LoggerMessage(203, LogLevel.Error, "The instance metadata service answered a document that cannot be read: {Reason}; trying again in {Seconds} s")]
    public static partial void ImdsDocumentUnreadable(ILogger logger, string reason, double seconds);

    [LoggerMessage(204, LogLevel.Warning, "Spot interruption notice: {Action} at {Deadline:O}, {LeadSeconds:F1} s from now; finishing the step and making an emergency checkpoint durable")]
    public static partial void InterruptionNotice(ILogger logger, string action, DateTimeOffset deadline, double leadSeconds);

    [LoggerMessage(205, LogLevel.Warning, "Rebalance recommendation posted at {NoticeTime:O}: the instance is at elevated risk of interruption; asking for an early checkpoint")]
    public static partial void RebalanceRecommended(ILogger logger, DateTimeOffset noticeTime);

    [LoggerMessage(206, LogLevel.Information, "Emergency checkpoint of step {Step} became durable at {DurableAt:O}, {MarginSeconds:F1} s before the notice deadline {Deadline:O}: it beat the deadline")]
    public static partial void DeadlineBeaten(ILogger logger, long step, DateTimeOffset durableAt, double marginSeconds, DateTimeOffset deadline);

    [LoggerMessage(207, LogLevel.Error, "Emergency checkpoint of step {Step} became durable at {DurableAt:O}, {LateSeconds:F1} s AFTER the notice deadline {Deadline:O}: it missed the deadline and may not have survived the instance")]
    public static partial void DeadlineMissed(ILogger logger, long step, DateTimeOffset durableAt, double lateSeconds, DateTimeOffset deadline);

    [LoggerMessage(209, LogLevel.Information, "Loading {Split} data from {DataUri}")]
    public static partial void LoadingData(ILogger logger, string split, string dataUri);

    [LoggerMessage(300, LogLevel.Warning, "A listener of the durable checkpoint of step {Step} failed: {Reason}; the checkpoint stays durable")]
    public static partial void DurableListenerFailed(ILogger logger, long step, string reason, Exception exception);

    [LoggerMessage(301, LogLevel.Warning, "Status heartbeat to {Location} failed: {Reason}; training goes on and the next heartbeat tries again")]
    public static partial void StatusWriteFailed(ILogger logger, string location, string reason, Exception exception);

    [LoggerMessage(302, LogLevel.Warning, "TensorBoard records of step {Step} not written: {Reason}; training goes on")]
    public static partial void TensorBoardWriteFailed(ILogger logger, long step, string reason, Exception exception);

    [LoggerMessage(303, LogLevel.Warning, "TensorBoard upload failed: {Reason}; the next durable checkpoint uploads the files again")]
    public static partial void TensorBoardUploadFailed(ILogger logger, string reason, Exception exception);

    [LoggerMessage(304, LogLevel.Debug, "{Count} TensorBoard file(s) uploaded to {Location}")]
    public static partial void TensorBoardUploaded(ILogger logger, int count, string location);

    [LoggerMessage(305, LogLevel.Warning, "Telemetry {Observer}.{Callback} failed: {Reason}; training goes on")]
    public static partial void ObserverFailed(ILogger logger, string observer, string callback, string reason, Exception exception);

    [LoggerMessage(306, LogLevel.Debug, "Checkpoint interval now {Seconds:F1} s after the durable checkpoint of step {Step} took {PersistMilliseconds:F0} ms to persist")]
    public static partial void CheckpointIntervalEstimated(ILogger logger, double seconds, long step, double persistMilliseconds);

    [LoggerMessage(210, LogLevel.Warning, "The launcher asked for a final checkpoint and stop ({Reason}); it must be durable by {Deadline:O}")]
    public static partial void StopRequested(ILogger logger, string reason, DateTimeOffset deadline);

    [LoggerMessage(211, LogLevel.Warning, "Polling the launcher's stop request failed: {Reason}; trying again")]
    public static partial void StopRequestPollFailed(ILogger logger, string reason);
}
