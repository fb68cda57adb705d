namespace Spot.Launcher.Jobs.State;

/// <summary>Thrown when code asks for a move that <see cref="JobTransitions"/> does not allow, such as leaving a
/// terminal state. It is a bug in the caller, not a race: a lost race is a StaleJobStateException.</summary>
public sealed class IllegalJobTransitionException : InvalidOperationException
{
    public IllegalJobTransitionException(string job, JobState from, JobState to)
        : base(Describe(job, from, to))
    {
        Job = job;
        From = from;
        To = to;
    }

    public string Job { get; }

    public JobState From { get; }

    public JobState To { get; }

    private static string Describe(string job, JobState from, JobState to)
    {
        var allowed = JobTransitions.AllowedFrom(from);
        var rule = allowed.Count == 0
            ? $"{from} is terminal and accepts no transition"
            : $"{from} may only move to {string.Join(", ", allowed)}";
        return $"Job '{job}' cannot move from {from} to {to}: {rule}.";
    }
}
