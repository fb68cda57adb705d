using Microsoft.Data.Sqlite;
using Spot.Launcher.Store.Schema;

namespace Spot.Launcher.Tests.Store;

public sealed class SchemaMigrationTests
{
    private static readonly Migration AddNotes = new(2, "job notes", ["ALTER TABLE jobs ADD COLUMN notes TEXT"]);

    [Fact]
    public async Task OpenAsync_creates_every_table_at_the_latest_version_when_the_file_is_new()
    {
        using var kit = new StoreTestKit();

        var store = await kit.OpenAsync();

        Assert.Equal(1, store.SchemaVersion);
        Assert.Equal(SchemaMigrations.Latest, store.SchemaVersion);
        Assert.Equal(6L, await kit.ScalarAsync("""
            SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN
            ('schema_version', 'jobs', 'job_transitions', 'attempts', 'price_segments', 'job_events')
            """));
        Assert.Equal("jobs, attempts, transitions, price segments, events",
            await kit.ScalarAsync("SELECT name FROM schema_version WHERE version = 1"));
    }

    [Fact]
    public async Task OpenAsync_applies_nothing_again_when_the_file_is_reopened()
    {
        using var kit = new StoreTestKit();
        (await kit.OpenAsync()).Dispose();

        var reopened = await kit.OpenAsync();

        Assert.Equal(1, reopened.SchemaVersion);
        Assert.Equal(1L, await kit.ScalarAsync("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task OpenAsync_sets_the_journal_to_wal_when_it_opens_a_file()
    {
        using var kit = new StoreTestKit();

        await kit.OpenAsync();

        Assert.Equal("wal", await kit.ScalarAsync("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task OpenAsync_applies_only_the_new_migration_and_keeps_the_data_when_the_file_is_one_version_behind()
    {
        using var kit = new StoreTestKit();
        var v1 = await kit.OpenAsync();
        var job = await v1.CreateJobAsync(StoreTestKit.Job(), CancellationToken.None);
        v1.Dispose();

        var v2 = await kit.OpenAsync([.. SchemaMigrations.All, AddNotes]);

        Assert.Equal(2, v2.SchemaVersion);
        Assert.Equal(2L, await kit.ScalarAsync("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(1L, await kit.ScalarAsync("SELECT COUNT(*) FROM pragma_table_info('jobs') WHERE name = 'notes'"));
        Assert.Equal(job, await v2.FindJobAsync(job.Id, CancellationToken.None));
    }

    [Fact]
    public async Task OpenAsync_refuses_the_file_naming_both_versions_when_a_newer_build_wrote_it()
    {
        using var kit = new StoreTestKit();
        (await kit.OpenAsync([.. SchemaMigrations.All, AddNotes])).Dispose();

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() => kit.OpenAsync());

        Assert.Equal((2, 1), (error.DatabaseVersion, error.SupportedVersion));
        Assert.Equal(
            $"The job store {kit.DatabasePath} has schema version 2, but this build of spot only knows versions up to 1. " +
            "Upgrade spot, or point it at another store file.", error.Message);
    }

    [Fact]
    public async Task OpenAsync_leaves_the_file_at_its_old_version_when_a_migration_fails()
    {
        using var kit = new StoreTestKit();
        (await kit.OpenAsync()).Dispose();
        var broken = new Migration(2, "broken", ["ALTER TABLE jobs ADD COLUMN notes TEXT", "CREATE TABLE jobs (id INTEGER)"]);

        var error = await Assert.ThrowsAsync<SqliteException>(() => kit.OpenAsync([.. SchemaMigrations.All, broken]));

        Assert.Contains("table jobs already exists", error.Message);

        Assert.Equal(1L, await kit.ScalarAsync("SELECT MAX(version) FROM schema_version"));
        Assert.Equal(0L, await kit.ScalarAsync("SELECT COUNT(*) FROM pragma_table_info('jobs') WHERE name = 'notes'"));
    }

    [Fact]
    public async Task OpenAsync_rejects_the_migration_list_naming_the_culprit_when_a_version_is_skipped()
    {
        using var kit = new StoreTestKit();
        var gap = new Migration(3, "gap", ["SELECT 1"]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => kit.OpenAsync([.. SchemaMigrations.All, gap]));

        Assert.StartsWith("Migration 'gap' at position 1 has version 3; versions must run 1, 2, 3… with no gap.", error.Message);
    }

    [Fact]
    public async Task OpenAsync_rejects_the_options_naming_the_field_when_the_path_is_empty()
    {
        var options = new Spot.Launcher.Store.JobStoreOptions { DatabasePath = " " };

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Spot.Launcher.Store.SqliteJobStore.OpenAsync(options, TimeProvider.System, null, CancellationToken.None));

        Assert.Equal("DatabasePath", error.ParamName);
    }

    [Fact]
    public void DefaultPathUnder_puts_the_store_in_a_spot_folder_when_given_a_data_directory()
    {
        Assert.Equal("/home/ada/.local/share/spot/jobs.db",
            Spot.Launcher.Store.JobStoreOptions.DefaultPathUnder("/home/ada/.local/share"));
    }
}
