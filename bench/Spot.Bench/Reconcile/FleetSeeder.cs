using System.Globalization;
using Amazon.EC2;
using Amazon.EC2.Model;
using Spot.CostModel;
using Spot.CostModel.Catalog;
using Spot.Launcher.Cloud.Launch;
using Spot.Launcher.Daemon;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;
using Spot.LocalCloud.Market;

namespace Spot.Bench.Reconcile;

/// <summary>
/// Puts the fleet in the state the reconciler sees most of the time: every job Running, each with one live attempt
/// whose spot instance was launched by RunInstances and tagged as Spot tags it. No instance has user-data, so no
/// process runs and the pass measures the daemon and the EC2 API, not trainers.
/// </summary>
public static class FleetSeeder
{
    private const int Parallelism = 4;

    public static async Task<IReadOnlyList<string>> SeedAsync(BenchFleet fleet, int jobs, CancellationToken cancellationToken)
    {
        var pools = PinnedPools(fleet, jobs);
        var instanceIds = new string[jobs];
        await Parallel.ForEachAsync(Enumerable.Range(0, jobs), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, ct) => instanceIds[i] = await SeedJobAsync(fleet, i, pools[i % pools.Count], ct));
        return instanceIds;
    }

    /// <summary>The sample market's pools of types the catalog prices, each pinned open wide enough for the whole fleet.</summary>
    private static List<(PoolKey Pool, decimal OnDemand)> PinnedPools(BenchFleet fleet, int jobs)
    {
        var catalog = InstanceCatalog.Bundled();
        var market = fleet.Cloud.LocalCloud!.Region.Market;
        var pools = new List<(PoolKey, decimal)>();
        foreach (var pool in market.Pools.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal))
        {
            if (!catalog.TryFind(pool.Key.InstanceType, out var type) || type.OnDemandPrice(fleet.Cloud.Region) is not { } onDemand) continue;
            market.PinSpotCapacity(pool, jobs);
            pools.Add((pool.Key, onDemand));
        }

        return pools.Count > 0 ? pools : throw new InvalidOperationException("LocalCloud's market has no pool of a type the bundled catalog prices.");
    }

    private static async Task<string> SeedJobAsync(BenchFleet fleet, int index, (PoolKey Key, decimal OnDemand) pool, CancellationToken ct)
    {
        var store = fleet.Store;
        var yaml = BenchJobSpec.Yaml($"bench-{index.ToString("D5", CultureInfo.InvariantCulture)}");
        var spec = JobSpecReader.Read(yaml);
        var job = await store.CreateJobAsync(new NewJob(spec.Name, yaml, spec.BudgetUsd, null, spec.MaxRestarts), ct);
        await store.TransitionAsync(job.Id, JobState.Pending, JobState.Placing, "seeded by the reconcile benchmark", ct);
        await store.TransitionAsync(job.Id, JobState.Placing, JobState.Launching, "seeded by the reconcile benchmark", ct);
        var attempt = await store.CreateAttemptAsync(job.Id,
            new NewAttempt(pool.Key.InstanceType, pool.Key.AvailabilityZone, fleet.Cloud.Region, Market.Spot, null, pool.OnDemand, 0), ct);

        var instance = await LaunchAsync(fleet, JobKeys.KeyOf(job), attempt.Attempt, pool.Key, ct);
        await store.MarkAttemptLaunchedAsync(job.Id, attempt.Attempt, instance.InstanceId,
            new LaunchedPool(pool.Key.InstanceType, pool.Key.AvailabilityZone, Market.Spot, null), ct);
        await store.MarkAttemptRunningAsync(job.Id, attempt.Attempt, LaunchedAt(instance, fleet.Cloud.Clock), pool.OnDemand, ct);
        await store.TransitionAsync(job.Id, JobState.Launching, JobState.Running, "seeded by the reconcile benchmark", ct);
        return instance.InstanceId;
    }

    private static DateTimeOffset LaunchedAt(Instance instance, TimeProvider clock) =>
        instance.LaunchTime is { } launched ? new DateTimeOffset(launched.ToUniversalTime(), TimeSpan.Zero) : clock.GetUtcNow();

    private static async Task<Instance> LaunchAsync(BenchFleet fleet, string jobKey, int attempt, PoolKey pool, CancellationToken ct)
    {
        var attemptText = attempt.ToString(CultureInfo.InvariantCulture);
        List<Tag> tags = [new(SpotTags.Job, jobKey), new(SpotTags.Attempt, attemptText), new(SpotTags.Name, SpotTags.NameFor(jobKey, attempt))];
        var response = await fleet.Cloud.Clients.Ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = fleet.Settings.Launch.ImageId,
            InstanceType = pool.InstanceType,
            MinCount = 1,
            MaxCount = 1,
            Placement = new Placement { AvailabilityZone = pool.AvailabilityZone },
            ClientToken = $"{jobKey}-{attemptText}",
            InstanceMarketOptions = new InstanceMarketOptionsRequest
            {
                MarketType = MarketType.Spot,
                SpotOptions = new SpotMarketOptions
                {
                    SpotInstanceType = SpotInstanceType.OneTime,
                    InstanceInterruptionBehavior = InstanceInterruptionBehavior.Terminate,
                },
            },
            MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required },
            TagSpecifications =
            [
                new TagSpecification { ResourceType = ResourceType.Instance, Tags = tags },
                new TagSpecification { ResourceType = ResourceType.SpotInstancesRequest, Tags = tags },
            ],
        }, ct);
        return response.Reservation.Instances.Single();
    }
}
