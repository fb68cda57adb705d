using Microsoft.Data.Sqlite;
using Spot.CostModel.Ledger;

namespace Spot.Launcher.Store;

public sealed partial class SqliteJobStore
{
    private const string SegmentColumns = "job_id, attempt, seq, from_at, usd_per_hour";

    public Task<bool> AppendPriceSegmentAsync(long jobId, int attempt, PriceSegment segment,
        CancellationToken cancellationToken)
    {
        if (segment.UsdPerHour < 0)
            throw new ArgumentException(
                $"Attempt {attempt} of job #{jobId}: a price must not be negative, was {segment.UsdPerHour}.", nameof(segment));
        return WriteAsync(async (connection, transaction) =>
        {
            var stored = await RequireAttemptAsync(connection, transaction, jobId, attempt, cancellationToken);
            if (stored.State != AttemptState.Running)
                throw new InvalidOperationException($"{stored} is {stored.State}; only a running attempt takes price changes.");
            var segments = await ReadSegmentsAsync(connection, transaction, "job_id = @id AND attempt = @n",
                cancellationToken, ("@id", jobId), ("@n", attempt));
            var current = segments[(jobId, attempt)][^1];
            if (segment.From <= current.From)
                throw new ArgumentException(
                    $"{stored}: a price change at {segment.From:O} must come after the one in effect from {current.From:O}.",
                    nameof(segment));
            if (segment.UsdPerHour == current.UsdPerHour)
                return false;

            await InsertSegmentAsync(connection, transaction, stored, segments[(jobId, attempt)].Count, segment,
                cancellationToken);
            return true;
        }, cancellationToken);
    }

    public async Task<StoredAttempt> CloseAttemptAsync(long jobId, int attempt, AttemptClosure closure,
        CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(closure.Reason))
            throw new ArgumentException($"Attempt {attempt} of job #{jobId}: end reason {(int)closure.Reason} is unknown.",
                nameof(closure));
        var closed = await WriteAsync(async (connection, transaction) =>
        {
            var stored = await RequireAttemptAsync(connection, transaction, jobId, attempt, cancellationToken);
            if (stored.State == AttemptState.Ended)
                return stored.EndedAt == closure.EndedAt && stored.EndReason == closure.Reason
                    ? stored
                    : throw new InvalidOperationException(
                        $"{stored} already ended at {stored.EndedAt:O} ({stored.EndReason}); it cannot end again.");

            var ended = stored with
            {
                State = AttemptState.Ended, EndedAt = closure.EndedAt, EndReason = closure.Reason,
                TrainerExitCode = closure.TrainerExitCode,
            };
            // An attempt that ran is billed, so it must pass the same rules as any ledger record before it is kept.
            if (ended.StartedAt is not null)
            {
                var segments = await ReadSegmentsAsync(connection, transaction, "job_id = @id AND attempt = @n",
                    cancellationToken, ("@id", jobId), ("@n", attempt));
                var errors = AttemptValidator.Validate(ToLedgerRecord(ended, segments), 0);
                if (errors.Count > 0)
                    throw new LedgerValidationException(errors);
            }

            await UpdateAttemptAsync(connection, transaction, stored,
                "state = @state, ended_at = @ended, end_reason = @reason, trainer_exit_code = @exit", cancellationToken,
                ("@state", nameof(AttemptState.Ended)), ("@ended", DbValues.Time(closure.EndedAt)),
                ("@reason", closure.Reason.ToString()), ("@exit", closure.TrainerExitCode));
            return await RequireAttemptAsync(connection, transaction, jobId, attempt, cancellationToken);
        }, cancellationToken);
        StoreLog.AttemptClosed(_logger, closed.JobName, closed.Attempt, closure.Reason);
        return closed;
    }

    public Task<IReadOnlyList<AttemptRecord>> ReadLedgerAsync(long jobId, CancellationToken cancellationToken) =>
        ReadLedgerWhereAsync("job_id = @id", cancellationToken, ("@id", jobId));

    public Task<IReadOnlyList<AttemptRecord>> ReadLedgerAsync(CancellationToken cancellationToken) =>
        ReadLedgerWhereAsync("1 = 1", cancellationToken);

    private Task<IReadOnlyList<AttemptRecord>> ReadLedgerWhereAsync(string condition, CancellationToken cancellationToken,
        params (string Name, object? Value)[] values) =>
        ReadAsync<IReadOnlyList<AttemptRecord>>(async connection =>
        {
            var command = connection.Sql(
                $"{AttemptRows.Select} WHERE a.started_at IS NOT NULL AND ({condition}) ORDER BY a.job_id, a.attempt");
            foreach (var (name, value) in values)
                command.With(name, value);
            var attempts = await command.ReadAllAsync(AttemptRows.Read, cancellationToken);
            var segments = await ReadSegmentsAsync(connection, null, condition, cancellationToken, values);
            return attempts.Select(a => ToLedgerRecord(a, segments)).ToList();
        }, cancellationToken);

    private static AttemptRecord ToLedgerRecord(StoredAttempt attempt,
        Dictionary<(long JobId, int Attempt), List<PriceSegment>> segments) =>
        new(attempt.JobName, attempt.Attempt, attempt.InstanceId!, attempt.InstanceType, attempt.AvailabilityZone,
            attempt.Market, segments.GetValueOrDefault((attempt.JobId, attempt.Attempt)) ?? [],
            attempt.OnDemandUsdPerHour, attempt.StartedAt!.Value, attempt.EndedAt, attempt.EndReason, attempt.StepsDone,
            attempt.StepsSinceCheckpoint);

    private static async Task<Dictionary<(long JobId, int Attempt), List<PriceSegment>>> ReadSegmentsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string condition, CancellationToken cancellationToken,
        params (string Name, object? Value)[] values)
    {
        var command = connection.Sql($"SELECT {SegmentColumns} FROM price_segments WHERE {condition} ORDER BY job_id, attempt, seq",
            transaction);
        foreach (var (name, value) in values)
            command.With(name, value);
        var rows = await command.ReadAllAsync(row => (
            Key: (row.Int64("job_id"), (int)row.Int64("attempt")),
            Segment: new PriceSegment(DbValues.ReadTime(row.String("from_at"), "price_segments.from_at"),
                DbValues.ReadMoney(row.String("usd_per_hour"), "price_segments.usd_per_hour"))), cancellationToken);
        return rows.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Select(r => r.Segment).ToList());
    }

    private static Task<int> InsertSegmentAsync(SqliteConnection connection, SqliteTransaction transaction, StoredAttempt attempt,
        int seq, PriceSegment segment, CancellationToken cancellationToken) =>
        connection.Sql($"INSERT INTO price_segments ({SegmentColumns}) VALUES (@id, @n, @seq, @from, @price)", transaction)
            .With("@id", attempt.JobId).With("@n", attempt.Attempt).With("@seq", seq)
            .With("@from", DbValues.Time(segment.From)).With("@price", DbValues.Money(segment.UsdPerHour))
            .ExecuteNonQueryAsync(cancellationToken);
}
