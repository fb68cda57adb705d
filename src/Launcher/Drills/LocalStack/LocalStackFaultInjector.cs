using Spot.Contracts.Status;
using Spot.Launcher.Store;

namespace Spot.Launcher.Drills.LocalStack;

/// <summary>
/// Fires the faults LocalStack can be made to show. LocalStack never interrupts an instance and serves no notices, so a
/// loss with notice is the IMDS stand-in's <c>spot/instance-action</c> (or a rebalance recommendation first), then,
/// once the trainer has stopped or the notice window has passed, TerminateInstances and the process group killed. A
/// kill is the same with no notice. The waits run in the background, as the cloud's own clock would run them.
/// </summary>
internal sealed class LocalStackFaultInjector(LocalStackDrillSession session, TimeProvider time) : IFaultInjector
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    /// <summary>Long enough for the trainer's quick polls to see the recommendation first, as on LocalCloud.</summary>
    private static readonly TimeSpan RebalanceLead = TimeSpan.FromSeconds(0.6);

    private readonly List<Task> _background = [];

    public async Task<FaultInjector.Injection> InjectAsync(DrillFault fault, JobRecord job, StoredAttempt? target, CancellationToken cancellationToken)
    {
        if (!LocalStackPlans.IsEmulated(fault.Kind))
            throw new DrillPlanException($"{fault.Name}: {LocalStackPlans.SkipReasonFor(fault.Kind)}");
        if (fault.Kind == DrillFaultKind.RestartDaemon)
        {
            await session.RestartDaemonAsync(cancellationToken);
            return new FaultInjector.Injection("daemon stopped and a new one started over the same store");
        }

        var instance = target?.InstanceId ?? throw new ArgumentNullException(nameof(target), $"{fault.Name} needs an attempt to hit.");
        var window = session.NoticeWindow.TotalSeconds;
        switch (fault.Kind)
        {
            case DrillFaultKind.KillWithoutNotice:
                await session.Host.TerminateAsync(instance, cancellationToken);
                return new FaultInjector.Injection($"TerminateInstances {instance} on LocalStack and its process group killed, no notice");
            case DrillFaultKind.RebalanceThenInterrupt:
                session.Host.Find(instance)?.RecommendRebalance(time.GetUtcNow());
                _background.Add(NoticeThenTerminateAsync(job, target, RebalanceLead));
                return new FaultInjector.Injection(
                    $"rebalance recommendation to {instance} through its IMDS stand-in; notice {RebalanceLead.TotalSeconds} s later, then TerminateInstances once the trainer stops or {window:0} s pass");
            default:
                _background.Add(NoticeThenTerminateAsync(job, target, TimeSpan.Zero));
                return new FaultInjector.Injection(
                    $"interruption notice to {instance} through its IMDS stand-in; TerminateInstances once the trainer stops or {window:0} s pass");
        }
    }

    /// <summary>Not cancelled with the drill: a notice once posted ends in a terminate, as AWS would take the
    /// instance, and the wait is bounded by the notice window.</summary>
    private async Task NoticeThenTerminateAsync(JobRecord job, StoredAttempt target, TimeSpan lead)
    {
        if (lead > TimeSpan.Zero) await Task.Delay(lead, time, CancellationToken.None);
        if (session.Host.Find(target.InstanceId!) is not { } played) return; // Already gone: nothing left to take.
        var at = time.GetUtcNow() + session.NoticeWindow;
        played.PostInterruptionNotice(at);
        while (time.GetUtcNow() < at && !played.Exited.IsCompleted && !await TrainerStoppedAsync(job, target.Attempt, CancellationToken.None))
            await Task.Delay(Poll, time, CancellationToken.None);
        await session.Host.TerminateAsync(target.InstanceId!, CancellationToken.None);
    }

    private async Task<bool> TrainerStoppedAsync(JobRecord job, int attempt, CancellationToken cancellationToken) =>
        await session.TrainerStatusAsync(job, attempt, cancellationToken) is { State: not (TrainerStates.Starting or TrainerStates.Training) };

    public async ValueTask DisposeAsync() => await Task.WhenAll(_background);
}
