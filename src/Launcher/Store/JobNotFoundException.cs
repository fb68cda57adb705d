namespace Spot.Launcher.Store;

/// <summary>Thrown when an update names a job the store does not hold.</summary>
public sealed class JobNotFoundException : InvalidOperationException
{
    public JobNotFoundException(long jobId)
        : base($"The job store holds no job #{jobId}.") => JobId = jobId;

    public long JobId { get; }
}
