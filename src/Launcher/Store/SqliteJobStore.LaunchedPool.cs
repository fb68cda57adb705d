namespace Spot.Launcher.Store;

public sealed partial class SqliteJobStore
{
    public async Task<StoredAttempt> MarkAttemptLaunchedAsync(long jobId, int attempt, string instanceId, LaunchedPool pool,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pool);
        if (string.IsNullOrWhiteSpace(pool.InstanceType) || string.IsNullOrWhiteSpace(pool.AvailabilityZone))
            throw new ArgumentException($"Attempt {attempt} of job #{jobId}: the launched pool needs an instance type and a zone.", nameof(pool));

        // The pool first: should the daemon die between the two writes, the attempt is still Requested, and the
        // relaunch it then makes tries this pool first with the same client token, which returns the same instance.
        await WriteAsync(async (connection, transaction) =>
        {
            var stored = await RequireAttemptAsync(connection, transaction, jobId, attempt, cancellationToken);
            if (stored.State == AttemptState.Requested)
                await UpdateAttemptAsync(connection, transaction, stored,
                    "instance_type = @type, availability_zone = @zone, market = @market, max_usd_per_hour = @max", cancellationToken,
                    ("@type", pool.InstanceType), ("@zone", pool.AvailabilityZone), ("@market", DbValues.MarketName(pool.Market)),
                    ("@max", DbValues.Money(pool.MaxUsdPerHour)));
            return stored;
        }, cancellationToken);
        return await MarkAttemptLaunchedAsync(jobId, attempt, instanceId, cancellationToken);
    }
}
