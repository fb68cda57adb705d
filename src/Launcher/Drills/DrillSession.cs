using Microsoft.Extensions.Logging;
using Spot.Launcher.Daemon.Hosting;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Store;
using Spot.LocalCloud.Admin;

namespace Spot.Launcher.Drills;

/// <summary>
/// A daemon with its embedded LocalCloud in a scratch folder, tuned for drills: quick reconcile passes, a short
/// notice window, every spot pool pinned open so that only the drill's own faults interrupt. Deleted on dispose.
/// </summary>
public sealed class DrillSession : IAsyncDisposable
{
    private readonly string _root;

    private DrillSession(string root, DaemonHost daemon)
    {
        _root = root;
        Daemon = daemon;
    }

    public DaemonHost Daemon { get; }
    public IJobStore Store => Daemon.Store;
    public LocalCloudAdminClient Admin => Daemon.Cloud.LocalCloud!.AdminClient;
    public string Bucket { get; private set; } = "";

    public static SpotSettings SettingsUnder(string root)
    {
        var settings = new SpotSettings();
        settings.Store.DatabasePath = Path.Combine(root, "jobs.db");
        settings.Daemon.ReconcileInterval = TimeSpan.FromMilliseconds(500);
        settings.Daemon.GuardInterval = TimeSpan.FromSeconds(1);
        settings.Daemon.NoticePollSeconds = 1;
        settings.Daemon.StatusEverySeconds = 1;
        settings.Daemon.FinalCheckpointGrace = TimeSpan.FromSeconds(30);
        settings.LocalCloud.DataDirectory = Path.Combine(root, "localcloud");
        settings.LocalCloud.BootDelay = TimeSpan.Zero;
        settings.LocalCloud.InterruptionNotice = TimeSpan.FromSeconds(20);
        settings.LocalCloud.MarketTick = TimeSpan.FromSeconds(5);
        settings.Launch.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
        settings.Launch.RetryMaxDelay = TimeSpan.FromMilliseconds(200);
        return settings;
    }

    public static async Task<DrillSession> StartAsync(CancellationToken cancellationToken)
    {
        var root = Path.Combine(Path.GetTempPath(), "spot-drill-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(root);
        var settings = SettingsUnder(root);
        var daemon = await DaemonHost.StartAsync(settings, logging => logging.SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.AspNetCore", LogLevel.Error).AddFilter("Quartz", LogLevel.Error), cancellationToken);
        var market = daemon.Cloud.LocalCloud!.Region.Market;
        // The sample market's own outages would interrupt too, and the timeline would no longer be the plan's.
        foreach (var pool in market.Pools) market.PinSpotCapacity(pool, 4);
        return new DrillSession(root, daemon) { Bucket = settings.Daemon.Bucket };
    }

    public async Task<JobRecord> SubmitAsync(string specYaml, CancellationToken cancellationToken)
    {
        var spec = JobSpecReader.Read(specYaml);
        return await Store.CreateJobAsync(new NewJob(spec.Name, specYaml, spec.BudgetUsd, null, spec.MaxRestarts), cancellationToken);
    }

    public async Task<JobRecord> JobAsync(long id, CancellationToken cancellationToken) =>
        await Store.FindJobAsync(id, cancellationToken) ?? throw new InvalidOperationException($"Job #{id} vanished from the store.");

    public async Task<IReadOnlyList<StoredAttempt>> AttemptsAsync(long id, CancellationToken cancellationToken) =>
        await Store.ListAttemptsAsync(id, cancellationToken);

    public async Task<bool> HasEndedAsync(long jobId, CancellationToken cancellationToken) =>
        (await JobAsync(jobId, cancellationToken)).IsTerminal && !(await AttemptsAsync(jobId, cancellationToken)).Any(a => a.IsLive);

    public async Task<int> LiveInstancesAsync(CancellationToken cancellationToken)
    {
        var listed = await Daemon.Components.Instances.ListAsync(cancellationToken);
        return listed.Snapshot!.Instances.Values.Count(i => i.IsLive);
    }

    public async ValueTask DisposeAsync()
    {
        await Daemon.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A trainer's files may still be closing; the scratch folder is in temp and harmless.
        }
    }
}
