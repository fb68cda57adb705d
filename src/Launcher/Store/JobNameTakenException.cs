namespace Spot.Launcher.Store;

/// <summary>Thrown when a job is submitted under a name the store already holds. Names identify jobs on the
/// command line, so a second job with the same name is refused rather than silently merged.</summary>
public sealed class JobNameTakenException : InvalidOperationException
{
    public JobNameTakenException(string name, long existingJobId)
        : base($"A job named '{name}' already exists (job #{existingJobId}); submit it under another name.")
    {
        Name = name;
        ExistingJobId = existingJobId;
    }

    public string Name { get; }

    public long ExistingJobId { get; }
}
