using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;

namespace Spot.Launcher.Drills;

/// <summary>
/// Runs one drill: a fresh daemon on LocalCloud, the job and an uninterrupted reference copy of it side by side, the
/// plan's faults fired in order as their triggers come due, then the checks of <see cref="DrillRunReport"/>.
/// </summary>
public sealed class DrillRunner(TimeProvider time, TimeSpan limit)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    public async Task<DrillRunReport> RunAsync(string specYaml, DrillPlan plan, int seed, CancellationToken cancellationToken)
    {
        var spec = JobSpecReader.Read(specYaml);
        var started = time.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        var token = timeout.Token;

        await using var session = await DrillSession.StartAsync(token);
        var job = await session.SubmitAsync(specYaml, token);
        var reference = await session.SubmitAsync(SpecRenamer.Rename(specYaml, spec.Name + "-reference"), token);
        using var injector = new FaultInjector(session, time);
        var timeline = new DrillTimeline(session, job.Id, time, started, Poll);
        var random = new Random(seed);
        var injected = new List<InjectedFault>();
        var recoveries = new List<Task<TimeSpan?>>();
        try
        {
            foreach (var fault in plan.Faults)
            {
                var step = fault.Trigger.RandomStep ? RandomStep(random, spec.Trainer.TotalSteps) : fault.Trigger.AtStep;
                var trigger = fault.Trigger.RandomStep ? $"at step {step} (random, seed {seed})" : fault.Trigger.ToString();
                var (due, target) = await timeline.TargetAsync(fault, step, token);
                if (!due)
                {
                    injected.Add(new InjectedFault(fault.Name, trigger, false, timeline.Elapsed, null, null, null, null, null));
                    continue;
                }
                await injector.InjectAsync(fault, target, token);
                injected.Add(new InjectedFault(fault.Name, trigger, true, timeline.Elapsed, target?.Attempt, target?.InstanceId, target?.LastStep, null, null));
                recoveries.Add(DrillFaultKinds.EndsAttempt(fault.Kind) ? timeline.RecoveryAsync(target!.Attempt, token) : Task.FromResult<TimeSpan?>(null));
            }

            await timeline.UntilAsync(() => session.HasEndedAsync(job.Id, token), token);
            await timeline.UntilAsync(() => session.HasEndedAsync(reference.Id, token), token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Out of time: the report's checks then name what never happened (a job not ended, a fault not fired).
            for (var i = injected.Count; i < plan.Faults.Count; i++)
                injected.Add(new InjectedFault(plan.Faults[i].Name, plan.Faults[i].Trigger.ToString(), false, timeline.Elapsed, null, null, null, null, null));
        }
        finally
        {
            await injector.LiftAllAsync();
        }

        var recovered = await Task.WhenAll(recoveries.Select(async r =>
        {
            try
            {
                return await r;
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }));
        return await ReportAsync(session, plan, seed, job.Id, reference.Id, injected, recovered, time.GetElapsedTime(started), cancellationToken);
    }

    private async Task<DrillRunReport> ReportAsync(DrillSession session, DrillPlan plan, int seed, long jobId, long referenceId,
        List<InjectedFault> injected, TimeSpan?[] recovered, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        var job = await session.JobAsync(jobId, cancellationToken);
        var reference = await session.JobAsync(referenceId, cancellationToken);
        var events = await session.Store.ListEventsAsync(jobId, 0, cancellationToken);
        var fired = injected.Where(f => f.Fired).ToList();
        for (var i = 0; i < fired.Count; i++)
        {
            var absorbed = events.LastOrDefault(e => e.Attempt == fired[i].Attempt)?.Message ?? "no log line for the attempt it hit";
            injected[injected.IndexOf(fired[i])] = fired[i] with { Absorbed = absorbed, TimeToRecover = recovered[i] };
        }

        var ledger = await session.Store.ReadLedgerAsync(jobId, cancellationToken);
        var stepsLost = ledger.Where(a => a.EndReason != CostModel.Ledger.AttemptEndReason.Completed).Sum(a => a.StepsSinceCheckpoint);
        var latest = await LatestCheckpoint.ReadAsync(session.Daemon.Cloud.Clients.S3, session.Bucket, job, cancellationToken);
        bool? identical = null;
        if (plan.Expect == JobState.Succeeded)
        {
            var straight = await LatestCheckpoint.ReadAsync(session.Daemon.Cloud.Clients.S3, session.Bucket, reference, cancellationToken);
            identical = latest.ModelSha256 is not null && latest.ModelSha256 == straight.ModelSha256;
        }

        var leftover = await LeftoverAsync(session, cancellationToken);
        var kinds = plan.Faults.Where((_, i) => injected[i].Fired).Select(f => f.Kind);
        var reasons = DrillRunReport.EndReasonsFor(kinds, plan.Expect);
        var failures = DrillRunReport.Check(plan, job.State, reference.State, injected, ledger, reasons, identical, latest, leftover);
        return new DrillRunReport(plan.Name, seed, job.Name, plan.Expect, job.State, reference.State, injected, stepsLost, ledger, reasons,
            identical, latest, leftover, elapsed, failures);
    }

    /// <summary>Live instances once both jobs ended, given a few seconds for terminations already asked for to land.</summary>
    private async Task<int> LeftoverAsync(DrillSession session, CancellationToken cancellationToken)
    {
        var deadline = time.GetTimestamp();
        var live = await session.LiveInstancesAsync(cancellationToken);
        while (live > 0 && time.GetElapsedTime(deadline) < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(Poll, time, cancellationToken);
            live = await session.LiveInstancesAsync(cancellationToken);
        }
        return live;
    }

    /// <summary>A step between a twelfth and three quarters of the job, so there is work both before and after it.</summary>
    private static long RandomStep(Random random, long totalSteps) =>
        random.NextInt64(Math.Max(1, totalSteps / 12), Math.Max(2, totalSteps * 3 / 4));
}
