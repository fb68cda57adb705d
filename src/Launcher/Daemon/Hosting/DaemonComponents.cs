using Microsoft.Extensions.Logging;
using Spot.CostModel.Catalog;
using Spot.CostModel.Pricing;
using Spot.Launcher.Bootstrap;
using Spot.Launcher.Cloud;
using Spot.Launcher.Cloud.Instances;
using Spot.Launcher.Cloud.Launch;
using Spot.Launcher.Cloud.Pricing;
using Spot.Launcher.Cloud.Storage;
using Spot.Launcher.Store;

namespace Spot.Launcher.Daemon.Hosting;

/// <summary>
/// The daemon's object graph, wired by hand in one place: every collaborator is a constructor argument, so tests
/// build the same graph against LocalCloud and the host only schedules it.
/// </summary>
public sealed class DaemonComponents : IDisposable
{
    private DaemonComponents(JobReconciler reconciler, RunningJobGuard guard, JobPlacer placer, SpotPriceProvider prices, InstanceProvider instances, SpotMetrics metrics)
    {
        Placer = placer;
        Reconciler = reconciler;
        Guard = guard;
        Prices = prices;
        Instances = instances;
        Metrics = metrics;
    }

    public JobReconciler Reconciler { get; }
    public RunningJobGuard Guard { get; }
    public JobPlacer Placer { get; }
    public SpotPriceProvider Prices { get; }
    public InstanceProvider Instances { get; }
    public SpotMetrics Metrics { get; }

    /// <param name="wrapLauncher">A test seam: wraps the EC2 launcher (to fail or stall mid-launch, say).</param>
    public static DaemonComponents Create(CloudSession cloud, SpotSettings settings, IJobStore store, ILoggerFactory loggers,
        SpotMetrics? metrics = null, Func<IInstanceLauncher, IInstanceLauncher>? wrapLauncher = null)
    {
        var time = cloud.Clock;
        var ec2 = cloud.Clients.Ec2;
        var s3 = cloud.Clients.S3;
        var options = settings.Daemon;
        metrics ??= new SpotMetrics();
        var catalog = InstanceCatalog.Bundled();

        var instances = new InstanceProvider(ec2, settings.Instances, time, loggers.CreateLogger<InstanceProvider>());
        var watcher = new InstanceWatcher(instances, new InstanceClassifier(), new LossConfirmer(time), loggers.CreateLogger<InstanceWatcher>());
        var sweeper = new OrphanSweeper(ec2, settings.Instances, time, loggers.CreateLogger<OrphanSweeper>());
        var prices = new SpotPriceProvider(new Dictionary<string, Amazon.EC2.IAmazonEC2> { [cloud.Region] = ec2 }, catalog,
            settings.Pricing, time, loggers.CreateLogger<SpotPriceProvider>());
        // One set of breakers: the launcher opens them, the placer leaves their pools out.
        var breakers = new PoolCircuitBreaker(settings.Launch, time);
        var launcher = new Ec2InstanceLauncher(ec2, settings.Launch, breakers, time,
            loggers.CreateLogger<Ec2InstanceLauncher>());

        var trainer = cloud.Clients.Profile == CloudProfile.Aws
            ? new TrainerSource.S3Bundle(options.Bucket, "trainer/spot-trainer.tar.gz", "Spot.Trainer")
            : (TrainerSource)TrainerSource.LocalBuild(TrainerLocator.Locate(settings.TrainerPath, AppContext.BaseDirectory));
        var data = new TrainerDataLocator(new DatasetUploader(s3), options.Bucket);
        var starter = new AttemptStarter(store, wrapLauncher?.Invoke(launcher) ?? launcher, new AttemptBootstrap(trainer, options), data, metrics, time,
            loggers.CreateLogger<AttemptStarter>());
        var terminator = new InstanceTerminator(ec2, store, loggers.CreateLogger<InstanceTerminator>());
        var statuses = new TrainerStatusReader(s3);
        var attemptStatuses = new AttemptStatuses(statuses, options.Bucket, loggers.CreateLogger<AttemptStatuses>());
        var monitor = new AttemptMonitor(store, attemptStatuses, new StopRequests(s3), new PoolPrices(prices), metrics,
            options, time, loggers.CreateLogger<AttemptMonitor>());
        var specs = new JobSpecCache();
        var guard = new RunningJobGuard(store, terminator, attemptStatuses, new StopRequests(s3), new PoolPrices(prices), specs, options,
            time, loggers.CreateLogger<RunningJobGuard>());
        // Placement ranks what both the catalog prices and the region sells.
        var offered = new OfferedInstanceTypes([.. cloud.Offered.Types.Where(type => catalog.TryFind(type, out _))]);
        var placer = new JobPlacer(catalog, InterruptionRateTable.FromBundledAdvisor(), prices, offered, cloud.Region, options, breakers);
        var advancer = new JobAdvancer(store, placer, starter, monitor, new TerminalJobCleanup(store, terminator, time), statuses, specs, options, time);
        var reconciler = new JobReconciler(store, watcher, sweeper, advancer, metrics, loggers.CreateLogger<JobReconciler>());
        return new DaemonComponents(reconciler, guard, placer, prices, instances, metrics);
    }

    public void Dispose()
    {
        Prices.Dispose();
        Metrics.Dispose();
    }
}
