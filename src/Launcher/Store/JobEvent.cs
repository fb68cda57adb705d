namespace Spot.Launcher.Store;

/// <summary>How much a job's log line matters.</summary>
public enum JobEventLevel
{
    Info,
    Warning,
    Error,
}

/// <summary>One line of a job's log, as `spot logs` shows it.</summary>
/// <param name="Id">Increases with every line in the store, so a follower asks for lines after the last it saw.</param>
/// <param name="Attempt">The attempt the line is about, if any.</param>
public sealed record JobEvent(long Id, long JobId, int? Attempt, DateTimeOffset At, JobEventLevel Level, string Message);
