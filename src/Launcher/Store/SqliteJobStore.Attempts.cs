using Microsoft.Data.Sqlite;
using Spot.CostModel.Ledger;

namespace Spot.Launcher.Store;

public sealed partial class SqliteJobStore
{
    public async Task<StoredAttempt> CreateAttemptAsync(long jobId, NewAttempt attempt, CancellationToken cancellationToken)
    {
        attempt.Validate();
        var created = await WriteAsync(async (connection, transaction) =>
        {
            var job = await RequireJobAsync(connection, transaction, jobId, cancellationToken);
            if (job.IsTerminal)
                throw new InvalidOperationException($"Job '{job.Name}' is {job.State}; a finished job takes no new attempt.");
            // One live attempt per job: a second would be an instance nobody watches for the bill.
            var live = await connection.Sql($"{AttemptRows.Select} WHERE a.job_id = @id AND a.state <> @ended", transaction)
                .With("@id", jobId).With("@ended", nameof(AttemptState.Ended)).ReadFirstAsync(AttemptRows.Read, cancellationToken);
            if (live is not null)
                throw new InvalidOperationException(
                    $"Job '{job.Name}' still has attempt {live.Attempt} {live.State}; close it before recording another.");

            var number = Convert.ToInt32(await connection.Sql(
                    "SELECT COALESCE(MAX(attempt), 0) + 1 FROM attempts WHERE job_id = @id", transaction)
                .With("@id", jobId).ExecuteScalarAsync(cancellationToken));
            await connection.Sql("""
                    INSERT INTO attempts (job_id, attempt, client_token, instance_type, availability_zone, region, market,
                        max_usd_per_hour, on_demand_usd_per_hour, state, requested_at, start_step, last_step)
                    VALUES (@id, @n, @token, @type, @az, @region, @market, @max, @od, @state, @now, @start, @start)
                    """, transaction)
                .With("@id", jobId).With("@n", number).With("@token", ClientTokens.For(job.Uid, number))
                .With("@type", attempt.InstanceType).With("@az", attempt.AvailabilityZone).With("@region", attempt.Region)
                .With("@market", DbValues.MarketName(attempt.Market)).With("@max", DbValues.Money(attempt.MaxUsdPerHour))
                .With("@od", DbValues.Money(attempt.OnDemandUsdPerHour)).With("@state", nameof(AttemptState.Requested))
                .With("@now", DbValues.Time(_time.GetUtcNow())).With("@start", attempt.StartStep)
                .ExecuteNonQueryAsync(cancellationToken);
            return await RequireAttemptAsync(connection, transaction, jobId, number, cancellationToken);
        }, cancellationToken);
        StoreLog.AttemptCreated(_logger, created.JobName, created.Attempt, created.ClientToken);
        return created;
    }

    public Task<StoredAttempt> MarkAttemptLaunchedAsync(long jobId, int attempt, string instanceId,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(instanceId))
            throw new ArgumentException($"Attempt {attempt} of job #{jobId}: the instance id must not be empty.", nameof(instanceId));
        return WriteAsync(async (connection, transaction) =>
        {
            var stored = await RequireAttemptAsync(connection, transaction, jobId, attempt, cancellationToken);
            if (stored.State != AttemptState.Requested)
                return stored.InstanceId == instanceId
                    ? stored
                    : throw new InvalidOperationException(
                        $"{stored} is {stored.State} on instance {stored.InstanceId ?? "(none)"}; it cannot be " +
                        $"launched as {instanceId}.");

            await UpdateAttemptAsync(connection, transaction, stored,
                "state = @state, instance_id = @instance, launched_at = @now", cancellationToken,
                ("@state", nameof(AttemptState.Launched)), ("@instance", instanceId),
                ("@now", DbValues.Time(_time.GetUtcNow())));
            return await RequireAttemptAsync(connection, transaction, jobId, attempt, cancellationToken);
        }, cancellationToken);
    }

    public Task<StoredAttempt> MarkAttemptRunningAsync(long jobId, int attempt, DateTimeOffset startedAt, decimal usdPerHour,
        CancellationToken cancellationToken)
    {
        if (usdPerHour < 0)
            throw new ArgumentException($"Attempt {attempt} of job #{jobId}: the price must not be negative, was {usdPerHour}.",
                nameof(usdPerHour));
        return WriteAsync(async (connection, transaction) =>
        {
            var stored = await RequireAttemptAsync(connection, transaction, jobId, attempt, cancellationToken);
            if (stored.State == AttemptState.Running && stored.StartedAt == startedAt)
                return stored;
            if (stored.State != AttemptState.Launched)
                throw new InvalidOperationException(
                    $"{stored} is {stored.State}; only a {AttemptState.Launched} attempt can start running.");

            await UpdateAttemptAsync(connection, transaction, stored, "state = @state, started_at = @started",
                cancellationToken, ("@state", nameof(AttemptState.Running)), ("@started", DbValues.Time(startedAt)));
            await InsertSegmentAsync(connection, transaction, stored, 0, new PriceSegment(startedAt, usdPerHour),
                cancellationToken);
            return await RequireAttemptAsync(connection, transaction, jobId, attempt, cancellationToken);
        }, cancellationToken);
    }

    public Task<StoredAttempt> RecordProgressAsync(long jobId, int attempt, long step, long? lastDurableStep,
        CancellationToken cancellationToken)
    {
        if (lastDurableStep > step)
            throw new ArgumentException(
                $"Attempt {attempt} of job #{jobId}: the last durable step {lastDurableStep} is past the step {step}.",
                nameof(lastDurableStep));
        return WriteAsync(async (connection, transaction) =>
        {
            var stored = await RequireAttemptAsync(connection, transaction, jobId, attempt, cancellationToken);
            if (stored.State != AttemptState.Running)
                throw new InvalidOperationException($"{stored} is {stored.State}; only a running attempt makes progress.");
            if (step < stored.StartStep)
                throw new ArgumentException(
                    $"{stored} resumed at step {stored.StartStep}; a report of step {step} cannot be its own.", nameof(step));

            // MAX keeps the newest figures when heartbeats are read out of order.
            await UpdateAttemptAsync(connection, transaction, stored, """
                    last_step = MAX(last_step, @step),
                    last_durable_step = CASE WHEN @durable IS NULL THEN last_durable_step
                                             ELSE MAX(COALESCE(last_durable_step, @durable), @durable) END
                    """, cancellationToken, ("@step", step), ("@durable", lastDurableStep));
            return await RequireAttemptAsync(connection, transaction, jobId, attempt, cancellationToken);
        }, cancellationToken);
    }

    public Task<StoredAttempt?> FindAttemptAsync(long jobId, int attempt, CancellationToken cancellationToken) =>
        ReadAsync(connection => FindAttemptAsync(connection, null, jobId, attempt, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<StoredAttempt>> ListAttemptsAsync(long jobId, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<StoredAttempt>>(async connection =>
            await connection.Sql($"{AttemptRows.Select} WHERE a.job_id = @id ORDER BY a.attempt").With("@id", jobId)
                .ReadAllAsync(AttemptRows.Read, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<StoredAttempt>> ListLiveAttemptsAsync(CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<StoredAttempt>>(async connection =>
            await connection.Sql($"{AttemptRows.Select} WHERE a.state <> @ended ORDER BY a.job_id, a.attempt")
                .With("@ended", nameof(AttemptState.Ended)).ReadAllAsync(AttemptRows.Read, cancellationToken),
            cancellationToken);

    private static Task<StoredAttempt?> FindAttemptAsync(SqliteConnection connection, SqliteTransaction? transaction,
        long jobId, int attempt, CancellationToken cancellationToken) =>
        connection.Sql($"{AttemptRows.Select} WHERE a.job_id = @id AND a.attempt = @n", transaction)
            .With("@id", jobId).With("@n", attempt).ReadFirstAsync(AttemptRows.Read, cancellationToken);

    private static async Task<StoredAttempt> RequireAttemptAsync(SqliteConnection connection, SqliteTransaction transaction,
        long jobId, int attempt, CancellationToken cancellationToken) =>
        await FindAttemptAsync(connection, transaction, jobId, attempt, cancellationToken)
        ?? throw new AttemptNotFoundException(jobId, attempt);

    private static Task<int> UpdateAttemptAsync(SqliteConnection connection, SqliteTransaction transaction, StoredAttempt attempt,
        string assignments, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        var command = connection.Sql($"UPDATE attempts SET {assignments} WHERE job_id = @id AND attempt = @n", transaction)
            .With("@id", attempt.JobId).With("@n", attempt.Attempt);
        foreach (var (name, value) in values)
            command.With(name, value);
        return command.ExecuteNonQueryAsync(cancellationToken);
    }
}
