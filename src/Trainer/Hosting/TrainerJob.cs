using Spot.Trainer.Training;

namespace Spot.Trainer.Hosting;

/// <summary>One attempt's job, as read from the environment and arguments that src/Contracts names.</summary>
/// <param name="CheckpointUri"><c>s3://bucket/prefix</c> or a local directory.</param>
/// <param name="DataUri"><c>s3://bucket/prefix</c> or a local directory.</param>
/// <param name="PoolMtbfSeconds">Set (and required) when <see cref="CheckpointInterval"/> is auto; null otherwise unless given.</param>
/// <param name="AttemptId">Null when the launcher did not name the attempt.</param>
public sealed record TrainerJob(
    string JobId,
    string CheckpointUri,
    string DataUri,
    TrainingOptions Training,
    CheckpointInterval CheckpointInterval,
    double? PoolMtbfSeconds,
    int CheckpointKeep,
    long? StopAtStep,
    int Threads,
    TimeSpan NoticePollInterval,
    TimeSpan StatusInterval,
    string? AttemptId);

/// <summary>A job that cannot run as given; the message lists every setting that is wrong and why.</summary>
public sealed class TrainerJobException(string message) : Exception(message);
