using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Spot.CostModel;
using Spot.CostModel.Placement;
using Spot.CostModel.Pricing;
using Spot.Launcher.Cloud.Launch;
using Spot.Launcher.Tests.Support;

namespace Spot.Launcher.Tests.Cloud.Launch;

/// <summary>Ranked offerings, requests and launchers for the launch tests.</summary>
internal static class LaunchTestKit
{
    /// <summary>An instance that stays up until the cloud is disposed.</summary>
    public const string SleepingUserData = "#!/bin/bash\nsleep 600\n";

    public static RankedOffering Offering(int rank, string type, string zone, Market market = Market.Spot, decimal price = 0.30m, decimal onDemand = 1.006m) =>
        new(rank, new PoolId(type, zone), "us-east-1", market, price, PriceSource.Snapshot, onDemand, InterruptionRate.Never,
            new ExpectedRun(1, 0, 0, 0, 0, null), price, onDemand);

    public static LaunchRequest Request(string jobId, int attempt = 1, BidCeiling? ceiling = null, string userData = SleepingUserData) =>
        new(jobId, attempt, ceiling ?? new BidCeiling(AbsoluteUsdPerHour: 0.5m), userData);

    public static LaunchOptions Options(Action<LaunchOptions>? configure = null)
    {
        var options = new LaunchOptions { ImageId = "ami-spot-test", RetryBaseDelay = TimeSpan.FromMilliseconds(1), RetryMaxDelay = TimeSpan.FromMilliseconds(5) };
        configure?.Invoke(options);
        return options;
    }

    public static Ec2InstanceLauncher CreateLauncher(LocalCloudFixture cloud, LaunchOptions? options = null, PoolCircuitBreaker? breakers = null,
        TimeProvider? time = null, ILogger<Ec2InstanceLauncher>? logger = null)
    {
        options ??= Options();
        time ??= new FakeTimeProvider(LocalCloudFixture.Start);
        return new Ec2InstanceLauncher(cloud.Ec2, options, breakers ?? new PoolCircuitBreaker(options, time), time, logger);
    }
}
