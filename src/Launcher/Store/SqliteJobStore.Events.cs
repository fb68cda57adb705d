using Microsoft.Data.Sqlite;

namespace Spot.Launcher.Store;

public sealed partial class SqliteJobStore
{
    public Task<JobEvent> AppendEventAsync(long jobId, int? attempt, JobEventLevel level, string message,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(message))
            throw new ArgumentException($"A log line of job #{jobId} must not be empty.", nameof(message));
        if (!Enum.IsDefined(level))
            throw new ArgumentException($"Log level {(int)level} of job #{jobId} is unknown.", nameof(level));
        return WriteAsync(async (connection, transaction) =>
        {
            await RequireJobAsync(connection, transaction, jobId, cancellationToken);
            if (attempt is { } number)
                await RequireAttemptAsync(connection, transaction, jobId, number, cancellationToken);
            var at = _time.GetUtcNow();
            var id = (long)(await connection.Sql("""
                    INSERT INTO job_events (job_id, attempt, at, level, message) VALUES (@id, @n, @at, @level, @message)
                    RETURNING id
                    """, transaction)
                .With("@id", jobId).With("@n", attempt).With("@at", DbValues.Time(at)).With("@level", level.ToString())
                .With("@message", message)
                .ExecuteScalarAsync(cancellationToken))!;
            // Read back through the same path as listing, so the instant has the store's precision.
            return new JobEvent(id, jobId, attempt, DbValues.ReadTime(DbValues.Time(at), "job_events.at"), level, message);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<JobEvent>> ListEventsAsync(long jobId, long afterId, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<JobEvent>>(async connection =>
            await connection.Sql("""
                    SELECT id, job_id, attempt, at, level, message FROM job_events
                    WHERE job_id = @id AND id > @after ORDER BY id
                    """)
                .With("@id", jobId).With("@after", afterId).ReadAllAsync(ReadEvent, cancellationToken), cancellationToken);

    private static JobEvent ReadEvent(SqliteDataReader row) =>
        new(row.Int64("id"), row.Int64("job_id"), (int?)row.NullableInt64("attempt"),
            DbValues.ReadTime(row.String("at"), "job_events.at"),
            DbValues.ReadEnum<JobEventLevel>(row.String("level"), "job_events.level"), row.String("message"));
}
