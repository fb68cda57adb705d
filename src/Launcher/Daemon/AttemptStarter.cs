using Microsoft.Extensions.Logging;
using Spot.CostModel.Ledger;
using Spot.CostModel.Placement;
using Spot.Launcher.Cloud.Launch;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;

namespace Spot.Launcher.Daemon;

/// <summary>
/// Starts an attempt: records it with its pool before any EC2 call (so a daemon killed mid-launch finds it and
/// retries with the same client tokens), renders the bootstrap, launches, and records the instance EC2 granted.
/// Capacity refusals send the job back to placing; quota and permission errors end it with the launcher's message.
/// </summary>
public sealed class AttemptStarter(
    IJobStore store,
    IInstanceLauncher launcher,
    AttemptBootstrap bootstrap,
    TrainerDataLocator data,
    SpotMetrics metrics,
    TimeProvider time,
    ILogger<AttemptStarter> logger)
{
    public async Task StartAsync(JobRecord job, JobSpec spec, PlacementOutcome placement, long resumeStep, CancellationToken cancellationToken)
    {
        var top = placement.Offerings[0];
        var ceiling = spec.BidCeiling?.ToBidCeiling() ?? BidCeiling.None;
        var attempt = await store.CreateAttemptAsync(job.Id, new NewAttempt(top.Pool.InstanceType, top.Pool.AvailabilityZone,
            top.Region, top.Market, top.Market == CostModel.Market.Spot ? ceiling.For(top.OnDemandUsdPerHour) : null,
            top.OnDemandUsdPerHour, resumeStep), cancellationToken);
        job = await store.TransitionAsync(job.Id, JobState.Placing, JobState.Launching,
            $"attempt {attempt.Attempt} on {top.Market} {top.Pool.InstanceType} in {top.Pool.AvailabilityZone}: {placement.Reason}", cancellationToken);
        await LaunchAsync(job, spec, attempt, placement.Offerings, cancellationToken);
    }

    /// <summary>Launches a recorded attempt; also finishes one that a killed daemon left without an instance.</summary>
    public async Task LaunchAsync(JobRecord job, JobSpec spec, StoredAttempt attempt, IReadOnlyList<RankedOffering> offerings, CancellationToken cancellationToken)
    {
        // The recorded pool goes first, so a relaunch sends the very request (and token) the lost one sent.
        var ordered = offerings
            .OrderBy(o => o.Pool.InstanceType == attempt.InstanceType && o.Pool.AvailabilityZone == attempt.AvailabilityZone && o.Market == attempt.Market ? 0 : 1)
            .ThenBy(o => o.Rank)
            .Select((o, i) => o with { Rank = i + 1 })
            .ToList();
        var dataUri = await data.UriForAsync(spec.Trainer.Dataset, cancellationToken);
        var request = new LaunchRequest(JobKeys.KeyOf(job), attempt.Attempt, spec.BidCeiling?.ToBidCeiling() ?? BidCeiling.None,
            bootstrap.Render(job, spec, attempt.Attempt, dataUri, ordered[0]));
        try
        {
            var launched = await launcher.LaunchAsync(request, ordered, cancellationToken);
            await store.MarkAttemptLaunchedAsync(job.Id, attempt.Attempt, launched.InstanceId,
                new LaunchedPool(launched.InstanceType, launched.AvailabilityZone, launched.Market, launched.MaxPriceUsdPerHour), cancellationToken);
            metrics.Launched(launched.Market.ToString());
            await NoteAsync(job, attempt.Attempt, JobEventLevel.Info,
                $"launched {launched.InstanceId}: {launched.Market} {launched.InstanceType} in {launched.AvailabilityZone}" +
                (launched.MaxPriceUsdPerHour is { } max ? $", max ${max:0.0000}/h" : "") + Tried(launched.PoolsTried), cancellationToken);
        }
        catch (LaunchFailedException e) when (e.Kind == LaunchFailureKind.RetriesExhausted)
        {
            // Whether EC2 launched is unknown: keep the attempt; the next pass adopts the instance by its tags or retries.
            await NoteAsync(job, attempt.Attempt, JobEventLevel.Warning, $"launch outcome unknown, will reconcile by tag: {e.Message}", cancellationToken);
        }
        catch (LaunchFailedException e)
        {
            await store.CloseAttemptAsync(job.Id, attempt.Attempt, new AttemptClosure(time.GetUtcNow(), AttemptEndReason.Failed, null), cancellationToken);
            await NoteAsync(job, attempt.Attempt, e.IsRetryable ? JobEventLevel.Warning : JobEventLevel.Error, e.Message, cancellationToken);
            var to = e.IsRetryable ? JobState.Placing : JobState.Failed;
            await store.TransitionAsync(job.Id, JobState.Launching, to, e.Message, cancellationToken);
            DaemonLog.LaunchFailed(logger, job.Name, attempt.Attempt, e.Kind.ToString(), e.Message);
        }
    }

    private static string Tried(IReadOnlyList<PoolAttempt> pools) =>
        pools.Count <= 1 ? "" : $" (after {string.Join("; ", pools.Where(p => p.Outcome != PoolOutcome.Launched).Select(p => $"{p.Pool}: {p.Reason}"))})";

    private Task<JobEvent> NoteAsync(JobRecord job, int attempt, JobEventLevel level, string message, CancellationToken cancellationToken) =>
        store.AppendEventAsync(job.Id, attempt, level, message, cancellationToken);
}
