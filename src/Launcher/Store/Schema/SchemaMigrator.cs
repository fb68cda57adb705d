using Microsoft.Data.Sqlite;

namespace Spot.Launcher.Store.Schema;

/// <summary>Brings a database up to the newest known schema in one transaction, so a failed migration leaves the
/// file as it was. The schema_version table keeps one row per applied migration.</summary>
internal static class SchemaMigrator
{
    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     INTEGER PRIMARY KEY,
            name        TEXT NOT NULL,
            applied_at  TEXT NOT NULL
        ) STRICT;
        """;

    /// <returns>The version found and the version left, equal when nothing was applied.</returns>
    /// <exception cref="SchemaTooNewException">The database is newer than <paramref name="migrations"/>.</exception>
    public static async Task<(int From, int To)> MigrateAsync(SqliteConnection connection, IReadOnlyList<Migration> migrations,
        string database, DateTimeOffset now, CancellationToken cancellationToken)
    {
        EnsureNumbered(migrations);
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        using var transaction = connection.BeginTransaction(deferred: false);
        await connection.Sql(CreateVersionTable, transaction).ExecuteNonQueryAsync(cancellationToken);
        var current = Convert.ToInt32(await connection.Sql("SELECT COALESCE(MAX(version), 0) FROM schema_version",
            transaction).ExecuteScalarAsync(cancellationToken));
        if (current > latest)
            throw new SchemaTooNewException(database, current, latest);

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            foreach (var statement in migration.Statements)
                await connection.Sql(statement, transaction).ExecuteNonQueryAsync(cancellationToken);
            await connection.Sql("INSERT INTO schema_version (version, name, applied_at) VALUES (@v, @n, @at)", transaction)
                .With("@v", migration.Version).With("@n", migration.Name).With("@at", DbValues.Time(now))
                .ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (current, Math.Max(current, latest));
    }

    // A gap or a repeat would make "apply everything above the current version" skip or rerun a step.
    private static void EnsureNumbered(IReadOnlyList<Migration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
                throw new ArgumentException(
                    $"Migration '{migrations[i].Name}' at position {i} has version {migrations[i].Version}; " +
                    $"versions must run 1, 2, 3… with no gap.", nameof(migrations));
        }
    }
}
