using Amazon.EC2.Model;
using Spot.CostModel.Placement;
using Spot.Launcher.Cloud.Launch;
using Spot.Launcher.Daemon;
using Spot.Launcher.Jobs.State;
using Spot.LocalCloud.Hosting;

namespace Spot.Launcher.Tests.EndToEnd;

/// <summary>A daemon killed mid-launch, and a cloud that fails to answer: neither may cost a second instance or a false recovery.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class DaemonRestartTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Daemon_killed_after_RunInstances_but_before_recording_the_instance_restarts_into_exactly_one_instance()
    {
        var root = DaemonRig.NewRoot();
        await using var cloud = new LocalCloudHost(new LocalCloudOptions { BootDelay = TimeSpan.Zero, DataDirectory = Path.Combine(root, "localcloud") });
        await cloud.StartAsync();
        foreach (var pool in cloud.Region.Market.Pools) cloud.Region.Market.PinSpotCapacity(pool, 4);
        var settings = DaemonRig.SettingsUnder(root, s =>
        {
            s.Cloud.Ec2Endpoint = cloud.Ec2Endpoint;
            s.Cloud.S3Endpoint = cloud.S3Endpoint;
            s.Cloud.Region = "us-east-1";
        });

        var crashed = new CrashAfterLaunch();
        long jobId;
        await using (var first = await DaemonRig.StartDaemonAsync(settings, launcher => crashed.Wrap(launcher)))
        {
            jobId = (await DaemonRig.SubmitAsync(first.Store, JobSpecs.SmallMlp("restarted"))).Id;
            await DaemonRig.Until(() => Task.FromResult(crashed.Launched is not null), "the launch that the daemon dies in", Limit);
            await crashed.Killed.CancelAsync();
        }

        await using var second = await DaemonRig.StartDaemonAsync(settings);
        await DaemonRig.Until(async () => (await second.Store.FindJobAsync(jobId, CancellationToken.None))!.IsTerminal, "the job to end", Limit);

        var job = (await second.Store.FindJobAsync(jobId, CancellationToken.None))!;
        Assert.Equal(JobState.Succeeded, job.State);
        var tagged = await second.Cloud.Clients.Ec2.DescribeInstancesAsync(new DescribeInstancesRequest
        {
            Filters = [new Filter($"tag:{SpotTags.Job}", [JobKeys.KeyOf(job)])],
        });
        var instances = tagged.Reservations.SelectMany(r => r.Instances).Select(i => i.InstanceId).ToList();
        Assert.Equal([crashed.Launched!], instances);
        var attempt = Assert.Single(await second.Store.ListAttemptsAsync(jobId, CancellationToken.None));
        Assert.Equal(crashed.Launched, attempt.InstanceId);
    }

    /// <summary>Lets the first launch reach EC2, then dies before the daemon can record the instance, as a killed process would.</summary>
    private sealed class CrashAfterLaunch
    {
        public string? Launched { get; private set; }

        public CancellationTokenSource Killed { get; } = new();

        public IInstanceLauncher Wrap(IInstanceLauncher inner) => new Crashing(inner, this);

        private sealed class Crashing(IInstanceLauncher inner, CrashAfterLaunch owner) : IInstanceLauncher
        {
            public async Task<LaunchResult> LaunchAsync(LaunchRequest request, IReadOnlyList<RankedOffering> offerings, CancellationToken cancellationToken = default)
            {
                var result = await inner.LaunchAsync(request, offerings, cancellationToken);
                owner.Launched ??= result.InstanceId;
                // The "process" dies here: nothing after RunInstances runs, so the instance id is never recorded.
                using var dead = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, owner.Killed.Token);
                await Task.Delay(Timeout.Infinite, dead.Token);
                return result;
            }
        }
    }
}
