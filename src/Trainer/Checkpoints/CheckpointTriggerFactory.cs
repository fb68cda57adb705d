using Spot.Contracts.Bootstrap;
using Spot.Trainer.Hosting;

namespace Spot.Trainer.Checkpoints;

/// <summary>Builds the trigger a job's <c>SPOT_CHECKPOINT_INTERVAL</c> asks for.</summary>
public static class CheckpointTriggerFactory
{
    /// <param name="poolMtbfSeconds">Required for <c>auto</c>; ignored otherwise.</param>
    public static CheckpointTrigger Create(CheckpointInterval interval, double? poolMtbfSeconds, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return interval.Kind switch
        {
            CheckpointIntervalKind.Steps => new EveryStepsCheckpointTrigger(interval.Steps),
            CheckpointIntervalKind.Seconds => new EverySecondsCheckpointTrigger(TimeSpan.FromSeconds(interval.Seconds), time),
            CheckpointIntervalKind.Auto when poolMtbfSeconds is { } mtbf && mtbf > 0 && double.IsFinite(mtbf) =>
                new YoungDalyCheckpointTrigger(TimeSpan.FromSeconds(mtbf), time),
            CheckpointIntervalKind.Auto => throw new ArgumentException(
                $"{TrainerEnvironment.PoolMtbfSeconds} must be a positive number of seconds when {TrainerEnvironment.CheckpointInterval} is auto, not '{poolMtbfSeconds}'",
                nameof(poolMtbfSeconds)),
            _ => throw new ArgumentOutOfRangeException(nameof(interval), interval.Kind, "Unknown checkpoint interval kind."),
        };
    }
}
