using Microsoft.Data.Sqlite;
using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Store;

public sealed partial class SqliteJobStore
{
    private const string SubmittedReason = "submitted";

    public async Task<JobRecord> CreateJobAsync(NewJob job, CancellationToken cancellationToken)
    {
        job.Validate();
        var created = await WriteAsync(async (connection, transaction) =>
        {
            // The write lock is already held (immediate transaction), so no other writer can slip in between.
            if (await FindJobAsync(connection, transaction, "name = @key", job.Name, cancellationToken) is { } existing)
                throw new JobNameTakenException(job.Name, existing.Id);

            var now = DbValues.Time(_time.GetUtcNow());
            var id = (long)(await connection.Sql("""
                    INSERT INTO jobs (uid, name, spec_yaml, state, created_at, updated_at, budget_usd, deadline, max_error_restarts)
                    VALUES (@uid, @name, @spec, @state, @now, @now, @budget, @deadline, @restarts)
                    RETURNING id
                    """, transaction)
                .With("@uid", Guid.NewGuid().ToString("N")).With("@name", job.Name).With("@spec", job.SpecYaml)
                .With("@state", nameof(JobState.Pending)).With("@now", now).With("@budget", DbValues.Money(job.BudgetUsd))
                .With("@deadline", DbValues.Time(job.Deadline)).With("@restarts", job.MaxErrorRestarts)
                .ExecuteScalarAsync(cancellationToken))!;
            await InsertTransitionAsync(connection, transaction, id, null, JobState.Pending, now, SubmittedReason,
                cancellationToken);
            return (await FindJobAsync(connection, transaction, "id = @key", id, cancellationToken))!;
        }, cancellationToken);
        StoreLog.JobCreated(_logger, created.Name, created.Id);
        return created;
    }

    public async Task<JobRecord> ChangeLimitsAsync(long jobId, decimal budgetUsd, DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        if (budgetUsd <= 0)
            throw new ArgumentException($"Job #{jobId}: the budget must be more than $0, was {budgetUsd}.", nameof(budgetUsd));
        return await WriteAsync(async (connection, transaction) =>
        {
            var job = await RequireJobAsync(connection, transaction, jobId, cancellationToken);
            await connection.Sql("UPDATE jobs SET budget_usd = @budget, deadline = @deadline, updated_at = @now WHERE id = @id", transaction)
                .With("@budget", DbValues.Money(budgetUsd)).With("@deadline", DbValues.Time(deadline))
                .With("@now", DbValues.Time(_time.GetUtcNow())).With("@id", job.Id)
                .ExecuteNonQueryAsync(cancellationToken);
            return await RequireJobAsync(connection, transaction, jobId, cancellationToken);
        }, cancellationToken);
    }

    public Task<JobRecord?> FindJobAsync(long jobId, CancellationToken cancellationToken) =>
        ReadAsync(connection => FindJobAsync(connection, null, "id = @key", jobId, cancellationToken), cancellationToken);

    public Task<JobRecord?> FindJobByNameAsync(string name, CancellationToken cancellationToken) =>
        ReadAsync(connection => FindJobAsync(connection, null, "name = @key", name, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<JobRecord>> ListJobsAsync(CancellationToken cancellationToken) =>
        ListJobsWhereAsync("1 = 1", cancellationToken);

    public Task<IReadOnlyList<JobRecord>> ListActiveJobsAsync(CancellationToken cancellationToken)
    {
        var terminal = Enum.GetValues<JobState>().Where(JobTransitions.IsTerminal).Select(s => $"'{s}'");
        return ListJobsWhereAsync($"state NOT IN ({string.Join(", ", terminal)})", cancellationToken);
    }

    private Task<IReadOnlyList<JobRecord>> ListJobsWhereAsync(string condition, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<JobRecord>>(async connection =>
            await connection.Sql($"SELECT {JobRows.Columns} FROM jobs WHERE {condition} ORDER BY id")
                .ReadAllAsync(JobRows.Read, cancellationToken), cancellationToken);

    private static Task<JobRecord?> FindJobAsync(SqliteConnection connection, SqliteTransaction? transaction,
        string condition, object key, CancellationToken cancellationToken) =>
        connection.Sql($"SELECT {JobRows.Columns} FROM jobs WHERE {condition}", transaction).With("@key", key)
            .ReadFirstAsync(JobRows.Read, cancellationToken);

    private static async Task<JobRecord> RequireJobAsync(SqliteConnection connection, SqliteTransaction transaction,
        long jobId, CancellationToken cancellationToken) =>
        await FindJobAsync(connection, transaction, "id = @key", jobId, cancellationToken)
        ?? throw new JobNotFoundException(jobId);
}
