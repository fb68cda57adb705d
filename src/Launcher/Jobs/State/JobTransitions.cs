using System.Collections.Frozen;

namespace Spot.Launcher.Jobs.State;

/// <summary>
/// Every allowed move between job states, in one table. The happy path is Pending → Placing → Launching → Running →
/// Succeeded. A loss goes Running → Interrupted → Placing, and a trainer error with restarts left goes
/// Running → Restarting → Placing, so the two kinds of retry stay apart in the history and in the counters (the
/// store bumps the interruption or error-restart counter on entering those states). A capacity error while launching
/// goes back to Placing to try the next pool. Cancellation, the budget guard and the deadline guard may end any job
/// that is still active; terminal states accept nothing.
/// </summary>
public static class JobTransitions
{
    private static readonly JobState[] Guards = [JobState.Cancelled, JobState.BudgetExhausted, JobState.DeadlineMissed];

    private static readonly FrozenDictionary<JobState, JobState[]> Edges = new Dictionary<JobState, JobState[]>
    {
        [JobState.Pending] = [JobState.Placing, JobState.Cancelled],
        [JobState.Placing] = [JobState.Launching, JobState.Failed, .. Guards],
        [JobState.Launching] = [JobState.Running, JobState.Placing, JobState.Interrupted, JobState.Failed, .. Guards],
        [JobState.Running] =
            [JobState.Succeeded, JobState.Interrupted, JobState.Restarting, JobState.Failed, .. Guards],
        [JobState.Interrupted] = [JobState.Placing, .. Guards],
        [JobState.Restarting] = [JobState.Placing, .. Guards],
    }.ToFrozenDictionary();

    /// <summary>The states <paramref name="from"/> may move to; empty for a terminal state.</summary>
    public static IReadOnlyList<JobState> AllowedFrom(JobState from) =>
        Edges.TryGetValue(from, out var targets) ? targets : [];

    public static bool IsAllowed(JobState from, JobState to) => AllowedFrom(from).Contains(to);

    /// <summary>True for the states a job never leaves.</summary>
    public static bool IsTerminal(JobState state) => !Edges.ContainsKey(state);

    /// <exception cref="IllegalJobTransitionException">The move is not in the table; the message names the job.</exception>
    public static void EnsureAllowed(string job, JobState from, JobState to)
    {
        if (!IsAllowed(from, to))
            throw new IllegalJobTransitionException(job, from, to);
    }
}
