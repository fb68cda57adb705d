using Amazon.EC2.Model;
using Spot.Launcher.Store;

namespace Spot.Launcher.Drills;

/// <summary>
/// Fires one fault against a job's attempt through LocalCloud's admin API or EC2 itself, and lifts the faults that
/// last. It knows how to hurt the cloud, not when: <see cref="DrillRunner"/> decides that.
/// </summary>
internal sealed class FaultInjector(DrillSession session, TimeProvider time) : IDisposable
{
    private readonly List<Task> _lifts = [];
    private readonly CancellationTokenSource _liftNow = new();

    /// <param name="target">The attempt hit; null only for the share faults, which hit the whole cloud.</param>
    public async Task InjectAsync(DrillFault fault, StoredAttempt? target, CancellationToken cancellationToken)
    {
        var admin = session.Admin;
        if (target is null && !DrillFaultKinds.Lasts(fault.Kind))
            throw new ArgumentNullException(nameof(target), $"{fault.Name} needs an attempt to hit.");
        switch (fault.Kind)
        {
            case DrillFaultKind.InterruptWithNotice:
                await admin.InterruptAsync(target!.InstanceId!, cancellationToken: cancellationToken);
                break;
            case DrillFaultKind.KillWithoutNotice:
                // A client-side terminate gives the trainer no notice window at all, unlike an interruption.
                await session.Daemon.Cloud.Clients.Ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [target!.InstanceId!] }, cancellationToken);
                break;
            case DrillFaultKind.RebalanceThenInterrupt:
                await admin.RecommendRebalanceAsync(target!.InstanceId!, cancellationToken);
                // Long enough for a watcher polling each second to see the recommendation before the notice.
                await Task.Delay(TimeSpan.FromSeconds(2), time, cancellationToken);
                await admin.InterruptAsync(target!.InstanceId!, cancellationToken: cancellationToken);
                break;
            case DrillFaultKind.DrainCurrentPool:
                await admin.DrainPoolAsync(target!.InstanceType, target!.AvailabilityZone, cancellationToken);
                break;
            case DrillFaultKind.PriceAboveCeiling:
                var ceiling = target!.MaxUsdPerHour ?? target!.OnDemandUsdPerHour;
                await admin.SetPriceAsync(target!.InstanceType, target!.AvailabilityZone, decimal.Round(ceiling * 2, 4), cancellationToken);
                break;
            case DrillFaultKind.Ec2Throttle:
                await admin.ThrottleEc2Async(fault.Share, cancellationToken);
                _lifts.Add(LiftAfterAsync(fault, () => admin.ThrottleEc2Async(0, CancellationToken.None)));
                break;
            case DrillFaultKind.S3Errors:
                await admin.FailS3Async(fault.Share, fault.StatusCode, cancellationToken);
                _lifts.Add(LiftAfterAsync(fault, () => admin.FailS3Async(0, fault.StatusCode, CancellationToken.None)));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault.Kind, "No injection is defined for this fault kind.");
        }
    }

    /// <summary>Lifts every lasting fault now, so the drill's own checks read S3 and EC2 without injected errors.</summary>
    public async Task LiftAllAsync()
    {
        await _liftNow.CancelAsync();
        await Task.WhenAll(_lifts);
    }

    public void Dispose() => _liftNow.Dispose();

    private async Task LiftAfterAsync(DrillFault fault, Func<Task> lift)
    {
        try
        {
            await Task.Delay(fault.Duration, time, _liftNow.Token);
        }
        catch (OperationCanceledException)
        {
            // Lifted early because the drill ended first.
        }
        await lift();
    }
}
