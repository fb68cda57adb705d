using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Store;

/// <summary>One recorded move of a job's state. The first transition of every job has no <paramref name="From"/>:
/// it is the submission that created the job as Pending.</summary>
public sealed record StateTransition(long JobId, JobState? From, JobState To, DateTimeOffset At, string Reason);
