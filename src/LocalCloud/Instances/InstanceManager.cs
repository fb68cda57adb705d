using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Spot.LocalCloud.Imds;
using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Instances;

/// <summary>
/// Drives instances through their lives: boot after the boot delay (IMDS up, then user-data as a process group),
/// user stop and terminate, spot interruptions (notice first, kill when the notice window ends) and the instance's
/// own shutdown when its process ends. Every transition happens under <see cref="InstanceStore.Sync"/>.
/// </summary>
public sealed partial class InstanceManager(
    InstanceStore store,
    MarketClock clock,
    InstanceManagerSettings settings,
    ILoggerFactory loggerFactory) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, InstanceRuntime> _runtimes = new(StringComparer.Ordinal);
    private readonly ILogger _logger = loggerFactory.CreateLogger("Spot.LocalCloud.Instances");
    private readonly CancellationTokenSource _stopping = new();
    private readonly BootTracker _boots = new();

    /// <summary>Set by the host once its ports are bound; instances boot only after that.</summary>
    public CloudEndpoints? Endpoints { get; set; }

    public InstanceStore Store => store;

    /// <summary>Registers freshly created instances and schedules their boot.</summary>
    public void Launched(IReadOnlyList<Instance> instances)
    {
        foreach (var instance in instances)
        {
            var runtime = _runtimes.GetOrAdd(instance.Id, _ => new InstanceRuntime());
            Log.InstanceLaunched(_logger, instance.Id, instance.Pool, instance.IsSpot);
            After(runtime, settings.BootDelay, () => _boots.Run(() => BootAsync(instance, runtime)));
        }
    }

    /// <summary>User TerminateInstances: returns (previous, current) state per instance.</summary>
    public IReadOnlyList<(Instance Instance, InstanceState Previous, InstanceState Current)> Terminate(IReadOnlyList<Instance> instances)
    {
        var changes = new List<(Instance, InstanceState, InstanceState)>();
        lock (store.Sync)
        {
            foreach (var instance in instances)
            {
                var previous = instance.State;
                if (previous is not (InstanceState.Terminated or InstanceState.ShuttingDown))
                {
                    BeginShutdown(instance, InstanceState.ShuttingDown, StateReason.UserShutdown, "User initiated");
                    instance.SpotRequest?.SetStatus(SpotRequestStatus.Closed, SpotRequestStatus.TerminatedByUser,
                        "Spot Instance terminated due to user-initiated termination.", clock.GetUtcNow());
                    Finish(instance, InstanceState.Terminated);
                }

                changes.Add((instance, previous, instance.State));
            }
        }

        return changes;
    }

    /// <summary>User StopInstances on running on-demand instances (the caller has checked they can stop).</summary>
    public IReadOnlyList<(Instance Instance, InstanceState Previous, InstanceState Current)> Stop(IReadOnlyList<Instance> instances)
    {
        var changes = new List<(Instance, InstanceState, InstanceState)>();
        lock (store.Sync)
        {
            foreach (var instance in instances)
            {
                var previous = instance.State;
                if (previous == InstanceState.Running)
                {
                    BeginShutdown(instance, InstanceState.Stopping, StateReason.UserShutdown, "User initiated");
                    Finish(instance, InstanceState.Stopped);
                }

                changes.Add((instance, previous, instance.State));
            }
        }

        return changes;
    }

    /// <summary>Schedules a spot interruption: the notice after <paramref name="delay"/>, the kill one notice window later.</summary>
    public void Interrupt(Instance instance, InterruptionReason reason, TimeSpan delay)
    {
        var runtime = _runtimes.GetOrAdd(instance.Id, _ => new InstanceRuntime());
        After(runtime, delay, () => PostInterruptionNotice(instance, reason));
    }

    /// <summary>Posts the instance-action notice now; false when the instance is not a live, un-noticed spot instance.</summary>
    public bool PostInterruptionNotice(Instance instance, InterruptionReason reason)
    {
        lock (store.Sync)
        {
            if (!instance.IsSpot || instance.InterruptionTime is not null || instance.State is not (InstanceState.Pending or InstanceState.Running))
            {
                return false;
            }

            var now = clock.GetUtcNow();
            instance.InterruptionTime = now + settings.InterruptionNotice;
            instance.Interruption = reason;
            instance.SpotRequest!.SetStatus(SpotRequestStatus.Active, SpotRequestStatus.MarkedForTermination,
                "Spot Instance is marked for termination and will be taken back by the market.", now);
            Log.InterruptionNoticePosted(_logger, instance.Id, reason, instance.InterruptionTime.Value);
        }

        After(_runtimes.GetOrAdd(instance.Id, _ => new InstanceRuntime()), settings.InterruptionNotice, () => Reclaim(instance));
        return true;
    }

    /// <summary>Posts a rebalance recommendation; false when the instance is not live.</summary>
    public bool RecommendRebalance(Instance instance)
    {
        lock (store.Sync)
        {
            if (instance.State is not (InstanceState.Pending or InstanceState.Running))
            {
                return false;
            }

            instance.RebalanceNoticeTime ??= clock.GetUtcNow();
            Log.RebalanceRecommended(_logger, instance.Id, instance.RebalanceNoticeTime.Value);
            return true;
        }
    }

    private void Reclaim(Instance instance)
    {
        lock (store.Sync)
        {
            if (instance.State is not (InstanceState.Pending or InstanceState.Running))
            {
                return;
            }

            BeginShutdown(instance, InstanceState.ShuttingDown, StateReason.SpotTermination, "Service initiated");
            var (code, message) = instance.Interruption == InterruptionReason.Price
                ? (SpotRequestStatus.TerminatedByPrice, "Spot Instance terminated because the Spot price rose above your maximum price.")
                : (SpotRequestStatus.TerminatedNoCapacity, "Spot Instance terminated because there was no longer spot capacity for it.");
            instance.SpotRequest!.SetStatus(SpotRequestStatus.Closed, code, message, clock.GetUtcNow());
            Finish(instance, InstanceState.Terminated);
        }
    }

    /// <summary>Call under the lock: moves to shutting-down or stopping and records why.</summary>
    private void BeginShutdown(Instance instance, InstanceState state, StateReason reason, string initiator)
    {
        Log.InstanceStateChanged(_logger, instance.Id, instance.State, state, reason.Code);
        instance.State = state;
        instance.StateReason = reason;
        instance.StateTransitionReason = $"{initiator} ({clock.GetUtcNow().UtcDateTime:yyyy-MM-dd HH:mm:ss} GMT)";
    }

    /// <summary>Call under the lock: kills what runs, then settles in <paramref name="final"/> in the background.</summary>
    private void Finish(Instance instance, InstanceState final)
    {
        var runtime = _runtimes.GetOrAdd(instance.Id, _ => new InstanceRuntime());
        runtime.Finishing = FinishAsync(instance, runtime, final);
    }

    private async Task FinishAsync(Instance instance, InstanceRuntime runtime, InstanceState final)
    {
        await Task.Yield();
        await ReleaseAsync(runtime);
        lock (store.Sync)
        {
            Log.InstanceStateChanged(_logger, instance.Id, instance.State, final, "");
            instance.State = final;
        }
    }
}
