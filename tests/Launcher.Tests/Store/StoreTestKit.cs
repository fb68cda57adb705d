using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Spot.CostModel;
using Spot.Launcher.Store;
using Spot.Launcher.Store.Schema;

namespace Spot.Launcher.Tests.Store;

/// <summary>A job store on a fresh temporary file, with a clock the test moves. Disposing deletes the folder.</summary>
internal sealed class StoreTestKit : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private readonly List<SqliteJobStore> _opened = [];

    public StoreTestKit()
    {
        Directory = Path.Combine(Path.GetTempPath(), "spot-store-tests", Guid.NewGuid().ToString("N"));
        DatabasePath = Path.Combine(Directory, "jobs.db");
    }

    public string Directory { get; }

    public string DatabasePath { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public Task<SqliteJobStore> OpenAsync() => OpenAsync(SchemaMigrations.All);

    public async Task<SqliteJobStore> OpenAsync(IReadOnlyList<Migration> migrations)
    {
        var store = await SqliteJobStore.OpenAsync(new JobStoreOptions { DatabasePath = DatabasePath }, migrations, Time,
            logger: null, CancellationToken.None);
        _opened.Add(store);
        return store;
    }

    public static NewJob Job(string name = "resnet", decimal budgetUsd = 12.50m, int maxErrorRestarts = 2) =>
        new(name, $"name: {name}\n", budgetUsd, Deadline: null, maxErrorRestarts);

    public static NewAttempt SpotAttempt(long startStep = 0) =>
        new("g5.xlarge", "us-east-1a", "us-east-1", Market.Spot, MaxUsdPerHour: 1.006m, OnDemandUsdPerHour: 1.006m, startStep);

    /// <summary>Runs a raw query on the file, outside the store, to see or change what the store cannot.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        foreach (var store in _opened)
            store.Dispose();
        if (System.IO.Directory.Exists(Directory))
            System.IO.Directory.Delete(Directory, recursive: true);
    }
}
