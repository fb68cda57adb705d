using Spot.Trainer.Training;

namespace Spot.Trainer.Hosting;

/// <summary>One attempt's job, as read from the environment and arguments that src/Contracts names.</summary>
public sealed record TrainerJob(
    string JobId,
    string CheckpointDirectory,
    string DataDirectory,
    TrainingOptions Training,
    long CheckpointEverySteps,
    int CheckpointKeep,
    long? StopAtStep,
    int Threads);

/// <summary>A job that cannot run as given; the message lists every setting that is wrong and why.</summary>
public sealed class TrainerJobException(string message) : Exception(message);
