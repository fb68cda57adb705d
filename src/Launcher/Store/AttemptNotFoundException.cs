namespace Spot.Launcher.Store;

/// <summary>Thrown when an update names an attempt the store does not hold.</summary>
public sealed class AttemptNotFoundException : InvalidOperationException
{
    public AttemptNotFoundException(long jobId, int attempt)
        : base($"The job store holds no attempt {attempt} of job #{jobId}.")
    {
        JobId = jobId;
        Attempt = attempt;
    }

    public long JobId { get; }

    public int Attempt { get; }
}
