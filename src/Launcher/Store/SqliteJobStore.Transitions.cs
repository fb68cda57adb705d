using Microsoft.Data.Sqlite;
using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Store;

public sealed partial class SqliteJobStore
{
    public async Task<JobRecord> TransitionAsync(long jobId, JobState expected, JobState to, string reason,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException($"A transition of job #{jobId} to {to} needs a reason.", nameof(reason));
        var moved = await WriteAsync(async (connection, transaction) =>
        {
            var job = await RequireJobAsync(connection, transaction, jobId, cancellationToken);
            JobTransitions.EnsureAllowed(job.Name, expected, to);
            var now = DbValues.Time(_time.GetUtcNow());
            var interruption = to == JobState.Interrupted ? 1 : 0;
            var restart = to == JobState.Restarting ? 1 : 0;
            // The state check lives in the UPDATE itself, so whoever moves the job first wins and the other sees 0 rows.
            var changed = await connection.Sql("""
                    UPDATE jobs
                    SET state = @to, updated_at = @now,
                        interruptions = interruptions + @interruption, error_restarts = error_restarts + @restart
                    WHERE id = @id AND state = @expected AND (@restart = 0 OR error_restarts < max_error_restarts)
                    """, transaction)
                .With("@to", to.ToString()).With("@now", now).With("@interruption", interruption)
                .With("@restart", restart).With("@id", jobId).With("@expected", expected.ToString())
                .ExecuteNonQueryAsync(cancellationToken);
            if (changed == 0)
                throw await ExplainRefusalAsync(connection, transaction, jobId, expected, to, cancellationToken);

            await InsertTransitionAsync(connection, transaction, jobId, expected, to, now, reason, cancellationToken);
            return await RequireJobAsync(connection, transaction, jobId, cancellationToken);
        }, cancellationToken);
        StoreLog.Transitioned(_logger, moved.Name, expected, to, reason);
        return moved;
    }

    public Task<IReadOnlyList<StateTransition>> ListTransitionsAsync(long jobId, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<StateTransition>>(async connection =>
            await connection.Sql("""
                    SELECT job_id, from_state, to_state, at, reason FROM job_transitions WHERE job_id = @id ORDER BY id
                    """)
                .With("@id", jobId).ReadAllAsync(JobRows.ReadTransition, cancellationToken), cancellationToken);

    private static async Task<Exception> ExplainRefusalAsync(SqliteConnection connection, SqliteTransaction transaction,
        long jobId, JobState expected, JobState to, CancellationToken cancellationToken)
    {
        var job = await RequireJobAsync(connection, transaction, jobId, cancellationToken);
        return job.State != expected
            ? new StaleJobStateException(job.Name, expected, job.State, to)
            : new InvalidOperationException(
                $"Job '{job.Name}' cannot move to {to}: it has used {job.ErrorRestarts} of its " +
                $"{job.MaxErrorRestarts} error restarts; move it to {JobState.Failed} instead.");
    }

    private static Task<int> InsertTransitionAsync(SqliteConnection connection, SqliteTransaction transaction, long jobId,
        JobState? from, JobState to, string at, string reason, CancellationToken cancellationToken) =>
        connection.Sql("""
                INSERT INTO job_transitions (job_id, from_state, to_state, at, reason) VALUES (@id, @from, @to, @at, @reason)
                """, transaction)
            .With("@id", jobId).With("@from", from?.ToString()).With("@to", to.ToString()).With("@at", at)
            .With("@reason", reason)
            .ExecuteNonQueryAsync(cancellationToken);
}
