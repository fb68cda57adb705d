using Amazon.EC2.Model;
using Spot.Contracts.Checkpoints;
using Spot.Launcher.Cloud.Storage;
using Spot.Launcher.Daemon;
using Spot.Launcher.Store;

namespace Spot.Launcher.Drills;

/// <summary>
/// Fires one fault against a job through LocalCloud (its admin API, its S3 hold, its market), EC2 itself, the job
/// store or the daemon, and lifts the faults that last. It knows how to hurt the job, not when: <see cref="DrillRunner"/>
/// decides that. Each injection returns what it did, in words, for the report.
/// </summary>
internal sealed class FaultInjector(DrillSession session, TimeProvider time) : IFaultInjector
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    // Many guard passes: the drill's guard runs every second.
    private static readonly TimeSpan StopRequestWait = TimeSpan.FromSeconds(30);
    private readonly List<Task> _background = [];
    private readonly CancellationTokenSource _stop = new();

    public async Task<Injection> InjectAsync(DrillFault fault, JobRecord job, StoredAttempt? target, CancellationToken cancellationToken)
    {
        var admin = session.Admin;
        if (target is null && !DrillFaultKinds.HitsNoAttempt(fault.Kind))
            throw new ArgumentNullException(nameof(target), $"{fault.Name} needs an attempt to hit.");
        var instance = target?.InstanceId!;
        switch (fault.Kind)
        {
            case DrillFaultKind.InterruptWithNotice:
                await admin.InterruptAsync(instance, cancellationToken: cancellationToken);
                return new Injection($"interruption notice to {instance}");
            case DrillFaultKind.KillWithoutNotice:
                // A client-side terminate gives the trainer no notice window at all, unlike an interruption.
                await session.Clients.Ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [instance] }, cancellationToken);
                return new Injection($"TerminateInstances {instance}, no notice");
            case DrillFaultKind.RebalanceThenInterrupt:
                await admin.RecommendRebalanceAsync(instance, cancellationToken);
                // Long enough for the trainer's quick polls to see the recommendation first, short enough to land mid-job.
                await Task.Delay(TimeSpan.FromSeconds(0.6), time, cancellationToken);
                await admin.InterruptAsync(instance, cancellationToken: cancellationToken);
                return new Injection($"rebalance recommendation to {instance}, interruption notice 0.6 s later");
            case DrillFaultKind.DrainCurrentPool:
                await admin.DrainPoolAsync(target!.InstanceType, target.AvailabilityZone, cancellationToken);
                return new Injection($"spot capacity of {target.InstanceType} in {target.AvailabilityZone} set to 0");
            case DrillFaultKind.PriceAboveCeiling:
                var ceiling = target!.MaxUsdPerHour ?? target.OnDemandUsdPerHour;
                var price = decimal.Round(ceiling * 2, 4);
                await admin.SetPriceAsync(target.InstanceType, target.AvailabilityZone, price, cancellationToken);
                return new Injection($"spot price of {target.InstanceType} in {target.AvailabilityZone} set to ${price}/h, above the ${ceiling}/h ceiling");
            case DrillFaultKind.Ec2Throttle:
                await admin.ThrottleEc2Async(fault.Share, cancellationToken);
                _background.Add(LiftAfterAsync(fault, () => admin.ThrottleEc2Async(0, CancellationToken.None)));
                return new Injection($"{fault.Share:P0} of EC2 calls throttled for {fault.Duration.TotalSeconds:0} s");
            case DrillFaultKind.S3Errors:
                await admin.FailS3Async(fault.Share, fault.StatusCode, cancellationToken);
                _background.Add(LiftAfterAsync(fault, () => admin.FailS3Async(0, fault.StatusCode, CancellationToken.None)));
                return new Injection($"{fault.Share:P0} of S3 requests answered {fault.StatusCode} for {fault.Duration.TotalSeconds:0} s");
            case DrillFaultKind.InterruptDuringUpload:
                return await InterruptDuringUploadAsync(job, instance, cancellationToken);
            case DrillFaultKind.CorruptLatest:
                return await InterruptAndCorruptLatestAsync(job, instance, cancellationToken);
            case DrillFaultKind.RestartDaemon:
                await session.RestartDaemonAsync(cancellationToken);
                return new Injection("daemon stopped and a new one started over the same store");
            case DrillFaultKind.RestartDaemonMidLaunch:
                var crashed = session.Launches.Arm(JobKeys.KeyOf(job));
                _background.Add(RestartWhenCrashedAsync(crashed));
                return new Injection("daemon set to die in the job's next launch, after RunInstances");
            case DrillFaultKind.CutBudget:
                return await CutBudgetAsync(job, cancellationToken);
            case DrillFaultKind.DeadlineAtRisk:
                return await DeadlineAtRiskAsync(job, target!, cancellationToken);
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault.Kind, "No injection is defined for this fault kind.");
        }
    }

    /// <summary>What an injection did, in words, and for corrupt_latest the step of the checkpoint it corrupted.</summary>
    public sealed record Injection(string Detail, long? CorruptedStep = null);


    /// <summary>Lifts every lasting fault now and ends the background work, so the drill's own checks see a quiet cloud.</summary>
    public async Task LiftAllAsync()
    {
        await _stop.CancelAsync();
        session.Launches.LiftHold();
        session.Cloud.Region.S3Hold.Release();
        await Task.WhenAll(_background);
    }

    public async ValueTask DisposeAsync()
    {
        await LiftAllAsync();
        _stop.Dispose();
    }

    /// <summary>Holds the job's next checkpoint upload mid-request and interrupts the instance under it; the upload is
    /// let go only once the instance is gone, so it can never complete.</summary>
    private async Task<Injection> InterruptDuringUploadAsync(JobRecord job, string instance, CancellationToken cancellationToken)
    {
        var root = JobKeys.CheckpointRoot(session.Bucket, job);
        var hold = session.Cloud.Region.S3Hold;
        var held = await hold.Arm(root.Key(CheckpointLayout.CheckpointsFolder + "/")).WaitAsync(cancellationToken);
        try
        {
            await session.Admin.InterruptAsync(instance, cancellationToken: cancellationToken);
            await UntilGoneAsync(instance, cancellationToken);
        }
        finally
        {
            hold.Release();
        }
        return new Injection($"upload of {held} held; interruption notice to {instance} under it");
    }

    /// <summary>Cuts the budget to the spend so far while the trainer's next checkpoint upload is held, and lets the
    /// upload go once the guard has asked for the final checkpoint. Unheld, a fast trainer can finish every step before
    /// the guard's next pass (a CI run did), and the job rightly succeeds; held, it stops at most one checkpoint later.</summary>
    private async Task<Injection> CutBudgetAsync(JobRecord job, CancellationToken cancellationToken)
    {
        var root = JobKeys.CheckpointRoot(session.Bucket, job);
        var hold = session.Cloud.Region.S3Hold;
        var held = await hold.Arm(root.Key(CheckpointLayout.CheckpointsFolder + "/")).WaitAsync(cancellationToken);
        try
        {
            var spent = SpendMeter.SpentUsd(await session.Store.ReadLedgerAsync(job.Id, cancellationToken), session.Clock.GetUtcNow());
            var budget = Math.Max(spent, 0.000001m);
            await session.Store.ChangeLimitsAsync(job.Id, budget, job.Deadline, cancellationToken);
            var asked = await UntilStopRequestedAsync(root, cancellationToken);
            return new Injection($"upload of {held} held; budget cut from ${job.BudgetUsd} to ${budget:0.######}, the spend so far; "
                                 + (asked ? "upload let go once the guard asked for a final checkpoint" : $"no stop request within {StopRequestWait.TotalSeconds:0} s, upload let go"));
        }
        finally
        {
            hold.Release();
        }
    }

    private async Task<bool> UntilStopRequestedAsync(S3Location root, CancellationToken cancellationToken)
    {
        var stops = new StopRequests(session.Clients.S3);
        var until = time.GetUtcNow() + StopRequestWait;
        while (await stops.FindAsync(root, cancellationToken) is null)
        {
            if (time.GetUtcNow() >= until) return false;
            await Task.Delay(Poll, time, cancellationToken);
        }
        return true;
    }

    /// <summary>Interrupts, then corrupts the checkpoint latest names once the instance is gone and before the job can
    /// resume (its launches are held meanwhile), so the resume must fall back to the checkpoint before.</summary>
    private async Task<Injection> InterruptAndCorruptLatestAsync(JobRecord job, string instance, CancellationToken cancellationToken)
    {
        session.Launches.Hold(JobKeys.KeyOf(job));
        try
        {
            await session.Admin.InterruptAsync(instance, cancellationToken: cancellationToken);
            await UntilGoneAsync(instance, cancellationToken);
            var corrupted = await CheckpointCorrupter.CorruptLatestAsync(session.Clients.S3, session.Bucket, job, cancellationToken);
            return corrupted is { } c
                ? new Injection($"interruption notice to {instance}; then one byte of the model part of latest ({c.Id}, step {c.Step}) flipped", c.Step)
                : new Injection($"interruption notice to {instance}; latest named no checkpoint to corrupt");
        }
        finally
        {
            session.Launches.LiftHold();
        }
    }

    /// <summary>Pulls the deadline in to about twice the work left plus one restart, drains every spot pool and
    /// interrupts: spot cannot be had, so only on-demand can still make the deadline.</summary>
    private async Task<Injection> DeadlineAtRiskAsync(JobRecord job, StoredAttempt target, CancellationToken cancellationToken)
    {
        var now = session.Clock.GetUtcNow();
        var running = now - (target.StartedAt ?? now);
        var rate = target.StepsDone / Math.Max(running.TotalSeconds, 1);
        var spec = Jobs.Spec.JobSpecReader.Read(job.SpecYaml);
        var left = TimeSpan.FromSeconds((spec.Trainer.TotalSteps - target.LastStep) / Math.Max(rate, 0.001));
        var deadline = now + (2 * left) + (1.2 * session.RestartOverhead);
        await session.Store.ChangeLimitsAsync(job.Id, job.BudgetUsd, deadline, cancellationToken);
        await session.Admin.InterruptAsync(target.InstanceId!, cancellationToken: cancellationToken);
        var market = session.Cloud.Region.Market;
        foreach (var pool in market.Pools) market.PinSpotCapacity(pool, 0);
        return new Injection($"deadline set {(deadline - now).TotalSeconds:0} s ahead (about {left.TotalSeconds:0} s of work left), every spot pool drained, interruption notice to {target.InstanceId}");
    }

    private async Task UntilGoneAsync(string instance, CancellationToken cancellationToken)
    {
        while (!await session.IsGoneAsync(instance, cancellationToken))
            await Task.Delay(Poll, time, cancellationToken);
    }

    private async Task RestartWhenCrashedAsync(Task<string> crashed)
    {
        try
        {
            await crashed.WaitAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return; // The job never launched again.
        }
        await session.RestartDaemonAsync(CancellationToken.None);
    }

    private async Task LiftAfterAsync(DrillFault fault, Func<Task> lift)
    {
        try
        {
            await Task.Delay(fault.Duration, time, _stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Lifted early because the drill ended first.
        }
        await lift();
    }
}
