using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Spot.Launcher.Store;

namespace Spot.Launcher.Daemon.Hosting;

/// <summary>
/// The hosted daemon: the cloud session and store opened before the host starts (so bad settings and an unreachable
/// cloud fail at once, with their message), then Quartz running the reconcile pass every few seconds and the price
/// refresh every few minutes. Disposing it stops the jobs first, then the cloud.
/// </summary>
public sealed class DaemonHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly ILoggerFactory _loggers;

    private DaemonHost(IHost host, ILoggerFactory loggers, CloudSession cloud, SqliteJobStore store, DaemonComponents components)
    {
        _host = host;
        _loggers = loggers;
        Cloud = cloud;
        Store = store;
        Components = components;
    }

    public CloudSession Cloud { get; }
    public SqliteJobStore Store { get; }
    public DaemonComponents Components { get; }

    /// <param name="wrapLauncher">A test seam passed to <see cref="DaemonComponents.Create"/>.</param>
    /// <param name="attachTo">A LocalCloud that outlives the daemon; see <see cref="CloudSession.OpenAsync"/>.</param>
    public static async Task<DaemonHost> StartAsync(SpotSettings settings, Action<ILoggingBuilder> logging, CancellationToken cancellationToken,
        Func<Cloud.Launch.IInstanceLauncher, Cloud.Launch.IInstanceLauncher>? wrapLauncher = null, LocalCloud.Hosting.LocalCloudHost? attachTo = null)
    {
        var problems = settings.Problems();
        if (problems.Count > 0)
            throw new InvalidOperationException("The daemon's settings are not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)));

        // Lives as long as the daemon: the embedded cloud and every component log through it.
        var loggers = LoggerFactory.Create(logging);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        logging(builder.Logging);
        builder.Services.AddMetrics();

        CloudSession? cloud = null;
        SqliteJobStore? store = null;
        try
        {
            cloud = await CloudSession.OpenAsync(settings, loggers, cancellationToken, attachTo);
            store = await SqliteJobStore.OpenAsync(settings.Store, cloud.Clock, loggers.CreateLogger<SqliteJobStore>(), cancellationToken);
            var components = DaemonComponents.Create(cloud, settings, store, loggers, wrapLauncher: wrapLauncher);
            await components.Prices.RefreshAsync(cancellationToken);
            builder.Services.AddSingleton(components);
            builder.Services.AddQuartz(quartz =>
            {
                quartz.ScheduleJob<ReconcileJob>(trigger => trigger.WithIdentity("reconcile").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(settings.Daemon.ReconcileInterval).RepeatForever()));
                quartz.ScheduleJob<GuardJob>(trigger => trigger.WithIdentity("guard").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(settings.Daemon.GuardInterval).RepeatForever()));
                quartz.ScheduleJob<RefreshPricesJob>(trigger => trigger.WithIdentity("refresh-prices")
                    .StartAt(DateTimeOffset.UtcNow + settings.Daemon.PriceRefreshInterval)
                    .WithSimpleSchedule(s => s.WithInterval(settings.Daemon.PriceRefreshInterval).RepeatForever()));
            });
            builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
            var host = builder.Build();
            await host.StartAsync(cancellationToken);
            return new DaemonHost(host, loggers, cloud, store, components);
        }
        catch
        {
            store?.Dispose();
            if (cloud is not null) await cloud.DisposeAsync();
            loggers.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
        Components.Dispose();
        Store.Dispose();
        await Cloud.DisposeAsync();
        _loggers.Dispose();
    }
}
