using Microsoft.Data.Sqlite;

namespace Spot.Launcher.Store;

/// <summary>Terse command building, so each store method reads as its SQL and its parameters.</summary>
internal static class SqlCommands
{
    public static SqliteCommand Sql(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static async Task<List<T>> ReadAllAsync<T>(this SqliteCommand command, Func<SqliteDataReader, T> read,
        CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(read(reader));
        return rows;
    }

    public static async Task<T?> ReadFirstAsync<T>(this SqliteCommand command, Func<SqliteDataReader, T> read,
        CancellationToken cancellationToken)
        where T : class
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? read(reader) : null;
    }

    public static string? NullableString(this SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public static long? NullableInt64(this SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
    }

    public static string String(this SqliteDataReader reader, string column) => reader.GetString(reader.GetOrdinal(column));

    public static long Int64(this SqliteDataReader reader, string column) => reader.GetInt64(reader.GetOrdinal(column));
}
