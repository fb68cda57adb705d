using Amazon.EC2;
using Microsoft.Extensions.Logging.Abstractions;
using Spot.Launcher.Cloud.Instances;
using Spot.Launcher.Tests.Support;

namespace Spot.Launcher.Tests.Cloud.Instances;

/// <summary>Builds the watcher's parts against a LocalCloud, on the cloud's own fake clock.</summary>
internal static class WatchSetup
{
    public static InstanceProvider Provider(LocalCloudFixture cloud, InstancesOptions? options = null, IAmazonEC2? ec2 = null) =>
        new(ec2 ?? cloud.Ec2, options ?? new InstancesOptions(), cloud.Time, NullLogger<InstanceProvider>.Instance);

    public static InstanceWatcher Watcher(LocalCloudFixture cloud) =>
        new(Provider(cloud), new InstanceClassifier(), new LossConfirmer(cloud.Time), NullLogger<InstanceWatcher>.Instance);

    public static OrphanSweeper Sweeper(LocalCloudFixture cloud, InstancesOptions? options = null) =>
        new(cloud.Ec2, options ?? new InstancesOptions(), cloud.Time, NullLogger<OrphanSweeper>.Instance);

    public static string NewJob() => "job-" + Guid.NewGuid().ToString("N")[..8];
}
