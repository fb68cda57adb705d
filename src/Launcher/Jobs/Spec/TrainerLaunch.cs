namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// What the trainer's environment needs beyond the spec, all chosen by the launcher: ids, where the checkpoints
/// live (the bucket and prefix depend on the profile) and where the data is (the dataset URI as the instance sees
/// it), plus the pool's estimated mean time between interruptions for an <c>auto</c> checkpoint interval.
/// </summary>
public sealed record TrainerLaunch(
    string JobId,
    string AttemptId,
    string CheckpointUri,
    string DataUri,
    double? PoolMtbfSeconds = null);
