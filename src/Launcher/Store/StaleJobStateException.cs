using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Store;

/// <summary>Thrown when a transition's expected state no longer holds: someone else (another reconcile pass, a
/// cancel from the CLI) moved the job first. The caller re-reads the job and decides again.</summary>
public sealed class StaleJobStateException : InvalidOperationException
{
    public StaleJobStateException(string job, JobState expected, JobState actual, JobState to)
        : base($"Job '{job}' could not move from {expected} to {to}: it is now {actual}.")
    {
        Job = job;
        Expected = expected;
        Actual = actual;
        To = to;
    }

    public string Job { get; }

    public JobState Expected { get; }

    public JobState Actual { get; }

    public JobState To { get; }
}
