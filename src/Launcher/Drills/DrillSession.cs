using Amazon.EC2.Model;
using Microsoft.Extensions.Logging;
using Spot.Launcher.Cloud;
using Spot.Launcher.Daemon.Hosting;
using Spot.Launcher.Store;
using Spot.LocalCloud.Admin;
using Spot.LocalCloud.Hosting;

namespace Spot.Launcher.Drills;

/// <summary>
/// One drill's world in a scratch folder: a LocalCloud that outlives any daemon, a daemon over it that a drill may
/// kill and restart, and the drill's own view of the job store and the cloud, so the drill keeps watching while no
/// daemon runs. Quick reconcile passes, a short notice window, and every spot pool pinned open, so that only the
/// drill's faults interrupt. Deleted on dispose.
/// </summary>
public sealed class DrillSession : DrillWorld
{
    private readonly string _root;
    private readonly SpotSettings _settings;
    private readonly ILoggerFactory _loggers;
    private readonly SemaphoreSlim _swap = new(1, 1);

    private DrillSession(string root, SpotSettings settings, ILoggerFactory loggers, LocalCloudHost cloud, SqliteJobStore store, AwsClients clients)
        : base(store, clients, settings.Daemon.Bucket)
    {
        _root = root;
        _settings = settings;
        _loggers = loggers;
        Cloud = cloud;
    }

    public LocalCloudHost Cloud { get; }

    public LocalCloudAdminClient Admin => Cloud.AdminClient;

    public TimeProvider Clock => Cloud.Region.Clock;

    /// <summary>The notice window a spot interruption gives (market time).</summary>
    public TimeSpan NoticeWindow => _settings.LocalCloud.InterruptionNotice;

    public TimeSpan RestartOverhead => _settings.Daemon.RestartOverhead;

    internal LaunchInterceptor Launches { get; } = new();

    /// <summary>How many times the daemon was restarted.</summary>
    public int DaemonRestarts { get; private set; }

    private DaemonHost? Daemon { get; set; }

    /// <summary>The drill's timings on top of <paramref name="settings"/>, with every file under <paramref name="root"/>.</summary>
    public static SpotSettings Tune(SpotSettings settings, string root)
    {
        settings.Store.DatabasePath = Path.Combine(root, "jobs.db");
        settings.Daemon.ReconcileInterval = TimeSpan.FromMilliseconds(500);
        settings.Daemon.GuardInterval = TimeSpan.FromSeconds(1);
        // The trainer's fast polls keep the step a drill sees close to the trainer's, so a fault lands where the plan says.
        settings.Daemon.NoticePollSeconds = 0.25;
        settings.Daemon.StatusEverySeconds = 0.25;
        settings.Daemon.FinalCheckpointGrace = TimeSpan.FromSeconds(30);
        // LocalCloud relaunches in a second or two; the 3-minute default would make every deadline look lost.
        settings.Daemon.RestartOverhead = TimeSpan.FromSeconds(20);
        settings.LocalCloud.DataDirectory = Path.Combine(root, "localcloud");
        settings.LocalCloud.BootDelay = TimeSpan.Zero;
        settings.LocalCloud.InterruptionNotice = TimeSpan.FromSeconds(6);
        settings.LocalCloud.MarketTick = TimeSpan.FromSeconds(5);
        settings.Launch.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
        settings.Launch.RetryMaxDelay = TimeSpan.FromMilliseconds(200);
        return settings;
    }

    public static async Task<DrillSession> StartAsync(DrillOptions options, CancellationToken cancellationToken)
    {
        var root = ScratchPath("spot-drill-");
        Directory.CreateDirectory(root);
        var settings = Tune(options.Settings(), root);
        var loggers = LoggerFactory.Create(Quiet);
        var cloud = new LocalCloudHost(settings.LocalCloud, TimeProvider.System, loggers);
        await cloud.StartAsync(cancellationToken);
        // The market's own outages would interrupt too, and the timeline would no longer be the plan's.
        foreach (var pool in cloud.Region.Market.Pools) cloud.Region.Market.PinSpotCapacity(pool, 4);
        settings.Cloud.Ec2Endpoint = cloud.Ec2Endpoint;
        settings.Cloud.S3Endpoint = cloud.S3Endpoint;
        settings.Cloud.Region = settings.LocalCloud.Region;
        var store = await SqliteJobStore.OpenAsync(settings.Store, cloud.Region.Clock, null, cancellationToken);
        var session = new DrillSession(root, settings, loggers, cloud, store, ObserverClients(settings.Cloud));
        session.Daemon = await session.StartDaemonAsync(cancellationToken);
        return session;
    }

    /// <summary>Stops the daemon as a crash would leave things (instances keep running) and starts a new one.</summary>
    public async Task RestartDaemonAsync(CancellationToken cancellationToken)
    {
        await _swap.WaitAsync(cancellationToken);
        try
        {
            await Launches.BuryAsync();
            if (Daemon is not null) await Daemon.DisposeAsync();
            Daemon = null;
            Daemon = await StartDaemonAsync(cancellationToken);
            DaemonRestarts++;
        }
        finally
        {
            _swap.Release();
        }
    }

    /// <summary>Every live instance of the session's own LocalCloud.</summary>
    public override async Task<IReadOnlyList<string>> LiveInstancesAsync(CancellationToken cancellationToken)
    {
        var described = await Clients.Ec2.DescribeInstancesAsync(new DescribeInstancesRequest
        {
            Filters = [new Filter("instance-state-name", ["pending", "running", "stopping", "stopped", "shutting-down"])],
        }, cancellationToken);
        return [.. (described.Reservations ?? []).SelectMany(r => r.Instances ?? []).Select(i => i.InstanceId)];
    }

    /// <summary>What the instance's process wrote to stdout and stderr: LocalCloud's GetConsoleOutput.</summary>
    public override Task<string> ConsoleOfAsync(string instanceId, CancellationToken cancellationToken) =>
        Cloud.Region.Store.Find(instanceId) is { } instance ? InstanceConsole.ReadAsync(instance.WorkingDirectory, cancellationToken) : Task.FromResult("");

    internal override IFaultInjector CreateInjector(TimeProvider time) => new FaultInjector(this, time);

    public override async ValueTask DisposeAsync()
    {
        await Launches.BuryAsync();
        if (Daemon is not null) await Daemon.DisposeAsync();
        Store.Dispose();
        Clients.Dispose();
        await Cloud.DisposeAsync();
        _loggers.Dispose();
        _swap.Dispose();
        Launches.Dispose();
        DeleteScratch(_root);
    }

    internal static void Quiet(ILoggingBuilder logging) => logging.SetMinimumLevel(LogLevel.Warning)
        .AddFilter("Microsoft.AspNetCore", LogLevel.Error).AddFilter("Quartz", LogLevel.Error);

    private Task<DaemonHost> StartDaemonAsync(CancellationToken cancellationToken) =>
        DaemonHost.StartAsync(_settings, Quiet, cancellationToken, Launches.Wrap, Cloud);
}
