using Microsoft.Extensions.Logging;
using Spot.Launcher.Daemon.Hosting;
using Spot.Launcher.Store;

namespace Spot.Bench.Reconcile;

/// <summary>
/// What the reconcile benchmark runs against: an embedded LocalCloud opened the way the daemon opens it (through
/// <see cref="CloudSession"/>, so the real SDK clients talk to it over loopback), a temporary SQLite store, and
/// settings sized for the fleet. Everything is removed on dispose.
/// </summary>
public sealed class BenchFleet(string root, SpotSettings settings, CloudSession cloud, SqliteJobStore store, ILoggerFactory loggers)
    : IAsyncDisposable
{
    public SpotSettings Settings => settings;
    public CloudSession Cloud => cloud;
    public SqliteJobStore Store => store;
    public ILoggerFactory Loggers => loggers;

    public static async Task<BenchFleet> OpenAsync(int jobs, CancellationToken cancellationToken)
    {
        var root = Path.Combine(Path.GetTempPath(), "spot-bench-reconcile-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(root);
        var settings = new SpotSettings();
        settings.Store.DatabasePath = Path.Combine(root, "jobs.db");
        settings.LocalCloud.DataDirectory = Path.Combine(root, "localcloud");
        settings.LocalCloud.BootDelay = TimeSpan.Zero;
        // The default quota of 32 concurrent spot instances would refuse most of the fleet.
        settings.LocalCloud.SpotInstanceLimit = Math.Max(settings.LocalCloud.SpotInstanceLimit, jobs);
        // No instance runs the trainer (none has user-data), but the daemon's graph wants a file to point at.
        settings.TrainerPath = typeof(BenchFleet).Assembly.Location;

        // Warnings and errors only: a job step that fails in a pass shows up here and in the pass's failure count.
        var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        CloudSession? cloud = null;
        try
        {
            cloud = await CloudSession.OpenAsync(settings, loggers, cancellationToken);
            var store = await SqliteJobStore.OpenAsync(settings.Store, cloud.Clock, null, cancellationToken);
            return new BenchFleet(root, settings, cloud, store, loggers);
        }
        catch
        {
            if (cloud is not null) await cloud.DisposeAsync();
            loggers.Dispose();
            Directory.Delete(root, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Store.Dispose();
        await Cloud.DisposeAsync();
        Loggers.Dispose();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing instance: the temporary folder is left for the OS to clear.
        }
    }
}
