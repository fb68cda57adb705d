using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spot.Launcher.Store.Schema;

namespace Spot.Launcher.Store;

/// <summary>
/// The job store on one SQLite file: WAL journal (readers never block the writer), foreign keys on, and a busy
/// timeout so writers from several processes queue instead of failing. Each call opens a pooled connection and every
/// write runs in an immediate transaction, which takes the write lock up front and so cannot deadlock on upgrade.
/// </summary>
public sealed partial class SqliteJobStore : IJobStore, IDisposable
{
    private readonly string _connectionString;
    private readonly TimeSpan _busyTimeout;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    private SqliteJobStore(string connectionString, TimeSpan busyTimeout, int schemaVersion, TimeProvider time, ILogger logger)
    {
        _connectionString = connectionString;
        _busyTimeout = busyTimeout;
        SchemaVersion = schemaVersion;
        _time = time;
        _logger = logger;
    }

    /// <summary>The schema version of the open file.</summary>
    public int SchemaVersion { get; }

    /// <summary>Opens (creating if needed) the store and brings its schema up to date.</summary>
    /// <exception cref="ArgumentException">An option breaks a rule.</exception>
    /// <exception cref="SchemaTooNewException">The file was written by a newer build.</exception>
    public static Task<SqliteJobStore> OpenAsync(JobStoreOptions options, TimeProvider time, ILogger<SqliteJobStore>? logger,
        CancellationToken cancellationToken) =>
        OpenAsync(options, SchemaMigrations.All, time, logger, cancellationToken);

    internal static async Task<SqliteJobStore> OpenAsync(JobStoreOptions options, IReadOnlyList<Migration> migrations,
        TimeProvider time, ILogger? logger, CancellationToken cancellationToken)
    {
        options.Validate();
        logger ??= NullLogger.Instance;
        var path = Path.GetFullPath(options.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();

        await using var connection = await OpenConnectionAsync(connectionString, options.BusyTimeout, cancellationToken);
        // WAL is a property of the file, so setting it once here holds for every later connection.
        await connection.Sql("PRAGMA journal_mode = WAL").ExecuteNonQueryAsync(cancellationToken);
        var (from, to) = await SchemaMigrator.MigrateAsync(connection, migrations, path, time.GetUtcNow(), cancellationToken);
        if (from != to)
            StoreLog.Migrated(logger, path, from, to);
        StoreLog.Opened(logger, path, to);
        return new SqliteJobStore(connectionString, options.BusyTimeout, to, time, logger);
    }

    /// <summary>Lets go of the pooled connections, so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        OpenConnectionAsync(_connectionString, _busyTimeout, cancellationToken);

    private static async Task<SqliteConnection> OpenConnectionAsync(string connectionString, TimeSpan busyTimeout,
        CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Both are per connection in SQLite, so every connection sets them.
            await connection.Sql($"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds};")
                .ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await read(connection);
    }

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var result = await write(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
