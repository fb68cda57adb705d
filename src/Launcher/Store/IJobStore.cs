using Spot.CostModel.Ledger;
using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Store;

/// <summary>
/// The daemon's durable memory: jobs and their state, attempts, the ledger of prices paid, and each job's log.
/// Every write is one transaction, so a daemon killed at any point leaves the store consistent, and state moves are
/// checked against <see cref="JobTransitions"/> and the state the caller last saw.
/// </summary>
public interface IJobStore
{
    /// <summary>Stores a new job as Pending.</summary>
    /// <exception cref="ArgumentException">A field of <paramref name="job"/> breaks a rule.</exception>
    /// <exception cref="JobNameTakenException">A job with that name exists.</exception>
    Task<JobRecord> CreateJobAsync(NewJob job, CancellationToken cancellationToken);

    Task<JobRecord?> FindJobAsync(long jobId, CancellationToken cancellationToken);

    /// <summary>Sets a job's budget and deadline; the daemon's next pass holds the job to them.</summary>
    /// <exception cref="ArgumentException">The budget is not more than $0.</exception>
    /// <exception cref="JobNotFoundException">No such job.</exception>
    Task<JobRecord> ChangeLimitsAsync(long jobId, decimal budgetUsd, DateTimeOffset? deadline, CancellationToken cancellationToken);

    Task<JobRecord?> FindJobByNameAsync(string name, CancellationToken cancellationToken);

    /// <summary>Every job, oldest first.</summary>
    Task<IReadOnlyList<JobRecord>> ListJobsAsync(CancellationToken cancellationToken);

    /// <summary>Jobs not yet in a terminal state, oldest first: what the reconciler works on.</summary>
    Task<IReadOnlyList<JobRecord>> ListActiveJobsAsync(CancellationToken cancellationToken);

    /// <summary>Moves a job from <paramref name="expected"/> to <paramref name="to"/> and records why, at the
    /// store's clock. Entering Interrupted counts an interruption; entering Restarting uses an error restart.</summary>
    /// <exception cref="IllegalJobTransitionException">The move is not allowed.</exception>
    /// <exception cref="StaleJobStateException">The job is no longer in <paramref name="expected"/>.</exception>
    /// <exception cref="JobNotFoundException">No such job.</exception>
    /// <exception cref="InvalidOperationException">Restarting was asked with no error restarts left.</exception>
    Task<JobRecord> TransitionAsync(long jobId, JobState expected, JobState to, string reason,
        CancellationToken cancellationToken);

    /// <summary>The job's state history, oldest first, starting with its submission.</summary>
    Task<IReadOnlyList<StateTransition>> ListTransitionsAsync(long jobId, CancellationToken cancellationToken);

    /// <summary>Records the next attempt of a job, with its number and client token, before anything is launched.</summary>
    /// <exception cref="InvalidOperationException">The job is terminal or still has a live attempt.</exception>
    Task<StoredAttempt> CreateAttemptAsync(long jobId, NewAttempt attempt, CancellationToken cancellationToken);

    /// <summary>Records the instance EC2 granted. Repeating it with the same instance id changes nothing.</summary>
    Task<StoredAttempt> MarkAttemptLaunchedAsync(long jobId, int attempt, string instanceId,
        CancellationToken cancellationToken);

    /// <summary>Records the instance EC2 granted and the pool it is in, which may not be the pool recorded at the
    /// request when the first pools refused.</summary>
    Task<StoredAttempt> MarkAttemptLaunchedAsync(long jobId, int attempt, string instanceId, LaunchedPool pool,
        CancellationToken cancellationToken);

    /// <summary>Records that the instance runs from <paramref name="startedAt"/>, at <paramref name="usdPerHour"/>,
    /// which becomes the attempt's first price segment.</summary>
    Task<StoredAttempt> MarkAttemptRunningAsync(long jobId, int attempt, DateTimeOffset startedAt, decimal usdPerHour,
        CancellationToken cancellationToken);

    /// <summary>Records the trainer's progress in global steps. Older reports than the one stored are ignored.</summary>
    Task<StoredAttempt> RecordProgressAsync(long jobId, int attempt, long step, long? lastDurableStep,
        CancellationToken cancellationToken);

    /// <summary>Adds a price change to a running attempt.</summary>
    /// <returns>False when the price equals the one in effect, so nothing was added.</returns>
    Task<bool> AppendPriceSegmentAsync(long jobId, int attempt, PriceSegment segment, CancellationToken cancellationToken);

    /// <summary>Closes a live attempt. One that ran is checked against the ledger rules before it is saved.</summary>
    /// <exception cref="LedgerValidationException">The closed attempt would break a ledger rule.</exception>
    Task<StoredAttempt> CloseAttemptAsync(long jobId, int attempt, AttemptClosure closure,
        CancellationToken cancellationToken);

    Task<StoredAttempt?> FindAttemptAsync(long jobId, int attempt, CancellationToken cancellationToken);

    /// <summary>A job's attempts by number.</summary>
    Task<IReadOnlyList<StoredAttempt>> ListAttemptsAsync(long jobId, CancellationToken cancellationToken);

    /// <summary>Attempts not yet ended, across all jobs: the instances the reconciler expects to find.</summary>
    Task<IReadOnlyList<StoredAttempt>> ListLiveAttemptsAsync(CancellationToken cancellationToken);

    /// <summary>The job's attempts that ran, as ledger records for CostModel's biller and report.</summary>
    Task<IReadOnlyList<AttemptRecord>> ReadLedgerAsync(long jobId, CancellationToken cancellationToken);

    /// <summary>The ledger of every job.</summary>
    Task<IReadOnlyList<AttemptRecord>> ReadLedgerAsync(CancellationToken cancellationToken);

    Task<JobEvent> AppendEventAsync(long jobId, int? attempt, JobEventLevel level, string message,
        CancellationToken cancellationToken);

    /// <summary>The job's log lines with an id above <paramref name="afterId"/>, oldest first.</summary>
    Task<IReadOnlyList<JobEvent>> ListEventsAsync(long jobId, long afterId, CancellationToken cancellationToken);
}
