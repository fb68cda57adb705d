using Microsoft.Extensions.Logging;
using Spot.LocalCloud.Ec2;
using Spot.LocalCloud.Ec2.Actions;
using Spot.LocalCloud.Faults;
using Spot.LocalCloud.Instances;
using Spot.LocalCloud.Market;
using Spot.LocalCloud.S3;

namespace Spot.LocalCloud.Hosting;

/// <summary>Everything behind the endpoints of one region, wired together: clock, market, instances, faults.</summary>
public sealed class LocalCloudRegion : IAsyncDisposable
{
    public LocalCloudRegion(LocalCloudOptions options, string dataDirectory, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger("Spot.LocalCloud.Market");
        Clock = new MarketClock(timeProvider, options.ClockSpeed, options.MarketStart);
        var traces = MarketTraceLoader.Load(options, InstanceTypeCatalog.Default, out var skipped);
        if (skipped.Count > 0)
        {
            Log.TraceTypesSkipped(logger, string.Join(", ", skipped.Order(StringComparer.Ordinal)));
        }

        Market = new SpotMarket(traces, Clock, InstanceTypeCatalog.Default, options.ReplayStart, options.OnDemandCapacityPerPool);
        var instancesDirectory = Path.Combine(dataDirectory, "instances");
        Store = new InstanceStore();
        Instances = new InstanceManager(Store, Clock, new InstanceManagerSettings(options.BootDelay, options.InterruptionNotice, instancesDirectory, options.RunUserData), loggerFactory);
        Launcher = new InstanceLauncher(Market, Instances, options.SpotInstanceLimit, instancesDirectory);
        Interruptions = new MarketInterruptions(Market, Instances, logger);
        Throttle = new Ec2Throttle(options.Seed);
        S3Faults = new S3Faults();
        Seed = options.Seed;
        _marketTick = options.MarketTick;

        var templates = new LaunchTemplateStore();
        var tokens = new ClientTokens();
        Actions = new Ec2Actions(
        [
            new RunInstancesAction(Launcher, Store, templates, tokens),
            new DescribeInstancesAction(Store),
            new InstanceAttributeAction(Store),
            new InstanceChangesAction(Instances),
            new CreateFleetAction(Market, Launcher, Store, templates, tokens),
            new LaunchTemplateActions(templates, Clock),
            new SpotPriceHistoryAction(Market),
            new SpotRequestsAction(Store),
            new PlacementScoresAction(Market, Launcher, Store),
            new CatalogActions(Market),
        ]);
        var pools = traces.Count;
        Log.MarketOpened(logger, pools, Clock.Origin, options.ClockSpeed);
    }

    private readonly TimeSpan _marketTick;

    public MarketClock Clock { get; }

    public SpotMarket Market { get; }

    public InstanceStore Store { get; }

    public InstanceManager Instances { get; }

    public InstanceLauncher Launcher { get; }

    public MarketInterruptions Interruptions { get; }

    public Ec2Throttle Throttle { get; }

    /// <summary>The S3 fault hook shared with LocalCloud's S3.</summary>
    public S3Faults S3Faults { get; }

    /// <summary>Holds one S3 upload mid-request, for drills.</summary>
    public S3UploadHold S3Hold { get; } = new();

    public int Seed { get; }

    public Ec2Actions Actions { get; }

    public void StartMarket() => Interruptions.Start(_marketTick);

    public async ValueTask DisposeAsync()
    {
        Interruptions.Dispose();
        await Instances.DisposeAsync();
    }
}
