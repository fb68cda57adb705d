using System.Text.Json;
using Spot.Contracts.Checkpoints;
using Spot.CostModel;
using Spot.CostModel.Ledger;
using Spot.Launcher.Daemon;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Jobs.State;
using Xunit.Abstractions;

namespace Spot.Launcher.Tests.EndToEnd;

/// <summary>The guards and the launch fallbacks, end to end on LocalCloud with real trainers.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class BudgetAndCapacityTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Job_whose_budget_is_too_small_ends_BudgetExhausted_with_a_durable_checkpoint_and_no_instance_left()
    {
        await using var rig = await DaemonRig.StartAsync();
        // 100,000 steps take well over an hour of a spot g4dn.xlarge (about $0.17/h): once the trainer reports its
        // speed, the expected cost to finish passes this budget, and the guard stops the job.
        var job = await rig.SubmitAsync(JobSpecs.SmallMlp("broke", steps: 100_000, budget: "0.02"));

        var ended = await rig.EndedAsync(job.Id, Limit);
        foreach (var line in await rig.Store.ListEventsAsync(job.Id, 0, CancellationToken.None))
            output.WriteLine($"{line.At:HH:mm:ss} {line.Message}");
        Assert.Equal(JobState.BudgetExhausted, ended.State);

        var ledger = await rig.Store.ReadLedgerAsync(job.Id, CancellationToken.None);
        Assert.Equal(AttemptEndReason.BudgetExhausted, Assert.Single(ledger).EndReason);
        Assert.Equal(0, await rig.LiveInstancesAsync());

        // The final checkpoint is durable: latest names a manifest whose parts are all there, with the sizes it lists.
        var root = JobKeys.CheckpointRoot(rig.Settings.Daemon.Bucket, ended);
        using var latest = await rig.S3.GetObjectAsync(root.Bucket, root.Key(CheckpointLayout.LatestPointerName));
        var id = (await new StreamReader(latest.ResponseStream).ReadToEndAsync()).Trim();
        var folder = root.Key($"{CheckpointLayout.CheckpointsFolder}/{id}");
        using var manifestObject = await rig.S3.GetObjectAsync(root.Bucket, $"{folder}/{CheckpointLayout.ManifestName}");
        var manifest = (await JsonSerializer.DeserializeAsync<CheckpointManifest>(manifestObject.ResponseStream))!;
        foreach (var part in manifest.Parts)
            Assert.Equal(part.SizeBytes, (await rig.S3.GetObjectMetadataAsync(root.Bucket, $"{folder}/{part.Name}")).ContentLength);
        Assert.True(manifest.Step > 0, $"the final checkpoint is at step {manifest.Step}");
    }

    [Fact]
    public async Task Capacity_error_on_the_cheapest_pool_lands_the_job_on_the_next_one()
    {
        await using var rig = await DaemonRig.StartAsync();
        var yaml = JobSpecs.SmallMlp("crowded", extra: "work_hours: 0.01");
        var spec = JobSpecReader.Read(yaml);
        var probe = await rig.SubmitAsync(JobSpecs.SmallMlp("probe", market: "spot", extra: "work_hours: 0.01"));
        await rig.Store.TransitionAsync(probe.Id, JobState.Pending, JobState.Cancelled, "only used to rank pools", CancellationToken.None);
        var ranked = rig.Daemon.Components.Placer.Place(probe, spec, new JobProgress(0, null, 0), [], rig.Daemon.Cloud.Clock.GetUtcNow());
        var (cheapest, next) = (ranked.Offerings[0].Pool, ranked.Offerings[1].Pool);
        output.WriteLine($"cheapest {cheapest}, next {next}");
        rig.Cloud.Region.Market.PinSpotCapacity(rig.Cloud.Region.Market.Pools.Single(p => p.Key.InstanceType == cheapest.InstanceType && p.Key.AvailabilityZone == cheapest.AvailabilityZone), 0);

        var job = await rig.SubmitAsync(yaml);
        await DaemonRig.Until(async () => (await rig.AttemptsAsync(job.Id)).Any(a => a.InstanceId is not null), "the first launch", Limit);
        var attempt = Assert.Single(await rig.AttemptsAsync(job.Id));
        Assert.Equal((next.InstanceType, next.AvailabilityZone, Market.Spot), (attempt.InstanceType, attempt.AvailabilityZone, attempt.Market));
        var events = await rig.Store.ListEventsAsync(job.Id, 0, CancellationToken.None);
        Assert.Contains(events, e => e.Message.Contains(cheapest.AvailabilityZone, StringComparison.Ordinal) && e.Message.Contains("launched", StringComparison.Ordinal));

        Assert.Equal(JobState.Succeeded, (await rig.EndedAsync(job.Id, Limit)).State);
    }
}
