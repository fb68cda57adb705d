using Spot.Launcher.Cloud.Storage;
using Spot.Launcher.Store;

namespace Spot.Launcher.Daemon;

/// <summary>
/// The names a job goes by outside the store: its key (the trainer's job id, the spot:job tag, the S3 prefix) is the
/// readable name plus the head of its random uid, so two stores' jobs of the same name never share instances or
/// checkpoints.
/// </summary>
public static class JobKeys
{
    private const int NameChars = 39;

    public static string KeyOf(JobRecord job) =>
        $"{(job.Name.Length > NameChars ? job.Name[..NameChars].TrimEnd('-') : job.Name)}-{job.Uid[..Math.Min(8, job.Uid.Length)]}";

    /// <summary>The trainer's attempt id (SPOT_ATTEMPT_ID), written into every status it reports.</summary>
    public static string AttemptIdOf(JobRecord job, int attempt) => $"{KeyOf(job)}-{attempt.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Where the job's checkpoints, status and training curves live.</summary>
    public static S3Location CheckpointRoot(string bucket, JobRecord job) => new(bucket, $"jobs/{KeyOf(job)}");
}
