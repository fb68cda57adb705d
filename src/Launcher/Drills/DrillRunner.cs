using System.Net;
using Spot.CostModel;
using Spot.CostModel.Ledger;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;
using Spot.LocalCloud.Admin;

namespace Spot.Launcher.Drills;

/// <summary>
/// Runs drills: for each, a fresh session on LocalCloud, the job, the plan's faults fired in order as their triggers
/// come due, then the checks of <see cref="DrillRunReport"/>. The uninterrupted reference run that the final weights
/// are compared with runs once per job spec, in a session of its own that no fault touches, beside the first drill.
/// The same loop and checks serve drills on LocalStack (<see cref="LocalStack.LocalStackDrillRunner"/>), whose world
/// is another <see cref="DrillWorld"/>.
/// </summary>
public sealed partial class DrillRunner
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private readonly Dictionary<string, Task<ReferenceRun>> _references = new(StringComparer.Ordinal);
    private readonly DrillOptions _options;
    private readonly Func<CancellationToken, Task<DrillWorld>> _startWorld;
    private readonly DrillRunner? _referenceRunner;

    public DrillRunner(DrillOptions options)
    {
        _options = options;
        _startWorld = async token => await DrillSession.StartAsync(options, token);
    }

    /// <summary>Drills in worlds of another cloud (LocalStack), with the reference runs of <paramref name="references"/>
    /// (LocalCloud), so a reference it already made is shared.</summary>
    internal DrillRunner(DrillOptions options, Func<CancellationToken, Task<DrillWorld>> startWorld, DrillRunner references)
    {
        _options = options;
        _startWorld = startWorld;
        _referenceRunner = references;
    }

    private TimeProvider Time => _options.Time;

    /// <summary>The reference run of a spec: how it ended and the hash of its final model part.</summary>
    public sealed record ReferenceRun(JobState Final, string? ModelSha256, string? Problem);

    /// <exception cref="DrillPlanException">The plan cannot be run on this job (a fault needs a market the job lacks).</exception>
    public async Task<DrillRunReport> RunAsync(string specYaml, DrillPlan plan, int seed, CancellationToken cancellationToken)
    {
        var spec = JobSpecReader.Read(specYaml);
        if (plan.Faults.Any(f => f.Kind == DrillFaultKind.DeadlineAtRisk) && spec.Market != JobMarket.SpotThenOnDemand)
            throw new DrillPlanException($"plan '{plan.Name}': deadline_at_risk needs a job with market: {SpecChoices.SpotThenOnDemandMarket}, and '{spec.Name}' has {spec.Market}");

        var started = Time.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Limit);
        var token = timeout.Token;
        var reference = plan.Expect == JobState.Succeeded ? (_referenceRunner ?? this).ReferenceFor(specYaml, token) : null;

        await using var session = await _startWorld(token);
        var job = await session.SubmitAsync(specYaml, token);
        var timeline = new DrillTimeline(session, job.Id, Time, started, Poll);
        var injected = new List<InjectedFault>();
        var recoveries = new List<Task<TimeSpan?>>();
        var corruptedSteps = new Dictionary<int, long>();
        string? harnessError = null;
        await using (var injector = session.CreateInjector(Time))
        {
            try
            {
                var random = new Random(seed);
                foreach (var fault in plan.Faults)
                {
                    var step = fault.Trigger.StepIn(spec.Trainer.TotalSteps, random);
                    var trigger = fault.Trigger.RandomStep ? $"at step {step} (random, seed {seed})" : fault.Trigger.ToString();
                    var (due, target) = await timeline.TargetAsync(fault, step, token);
                    if (!due)
                    {
                        injected.Add(new InjectedFault(fault.Name, trigger, false, timeline.Elapsed, null, null, null, null, null));
                        continue;
                    }
                    var at = timeline.Elapsed;
                    FaultInjector.Injection injection;
                    try
                    {
                        injection = await injector.InjectAsync(fault, await session.JobAsync(job.Id, token), target, token);
                    }
                    catch (LocalCloudAdminException e) when (e.StatusCode == HttpStatusCode.Conflict)
                    {
                        // The attempt ended between the trigger and the shot (its job finished): nothing was injected.
                        injected.Add(new InjectedFault(fault.Name, trigger, false, at, target?.Attempt, target?.InstanceId, target?.LastStep, null, null, e.Message));
                        continue;
                    }
                    if (injection.CorruptedStep is { } corrupted) corruptedSteps[target!.Attempt] = corrupted;
                    injected.Add(new InjectedFault(fault.Name, trigger, true, at, target?.Attempt, target?.InstanceId, target?.LastStep, null, null, injection.Detail));
                    recoveries.Add(DrillFaultKinds.EndsAttempt(fault.Kind) ? timeline.RecoveryAsync(target!.Attempt, token) : Task.FromResult<TimeSpan?>(null));
                }

                await timeline.UntilAsync(() => session.HasEndedAsync(job.Id, token), token);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // Out of time, or the drill's own machinery failed: this run fails with the reason, the series goes on,
                // and the report's checks name what never happened (a job not ended, a fault not fired).
                if (e is not OperationCanceledException) harnessError = $"the drill itself failed: {e.GetType().Name}: {e.Message}";
                for (var i = injected.Count; i < plan.Faults.Count; i++)
                    injected.Add(new InjectedFault(plan.Faults[i].Name, plan.Faults[i].Trigger.ToString(), false, timeline.Elapsed, null, null, null, null, null));
            }
        }

        var recovered = await Task.WhenAll(recoveries.Select(AtMostAsync));
        var straight = reference is null ? null : await AtMostAsync(reference);
        var report = await ReportAsync(session, plan, seed, job.Id, injected, recovered, corruptedSteps, straight, Time.GetElapsedTime(started), cancellationToken);
        return harnessError is null ? report : report with { Failures = [harnessError, .. report.Failures] };
    }

    /// <summary>The reference run of the spec under a fixed name, so drills of one spec under many names share it.</summary>
    private Task<ReferenceRun> ReferenceFor(string specYaml, CancellationToken cancellationToken)
    {
        var reference = SpecRenamer.Rename(specYaml, "drill-reference");
        lock (_references)
        {
            if (_references.TryGetValue(reference, out var known) && !(known.IsFaulted || known.IsCanceled)) return known;
            return _references[reference] = RunReferenceAsync(reference, cancellationToken);
        }
    }

    private async Task<ReferenceRun> RunReferenceAsync(string specYaml, CancellationToken cancellationToken)
    {
        await using var session = await DrillSession.StartAsync(_options, cancellationToken);
        var job = await session.SubmitAsync(specYaml, cancellationToken);
        while (!await session.HasEndedAsync(job.Id, cancellationToken))
            await Task.Delay(Poll, Time, cancellationToken);
        job = await session.JobAsync(job.Id, cancellationToken);
        var latest = await LatestCheckpoint.ReadAsync(session.Clients.S3, session.Bucket, job, cancellationToken);
        return new ReferenceRun(job.State, latest.ModelSha256, latest.Problem);
    }

    private async Task<DrillRunReport> ReportAsync(DrillWorld session, DrillPlan plan, int seed, long jobId, List<InjectedFault> injected,
        TimeSpan?[] recovered, Dictionary<int, long> corruptedSteps, ReferenceRun? reference, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        var job = await session.JobAsync(jobId, cancellationToken);
        var events = await session.Store.ListEventsAsync(jobId, 0, cancellationToken);
        var fired = injected.Where(f => f.Fired).ToList();
        for (var i = 0; i < fired.Count; i++)
        {
            var absorbed = events.LastOrDefault(e => e.Attempt == fired[i].Attempt)?.Message ?? "no log line for the attempt it hit";
            injected[injected.IndexOf(fired[i])] = fired[i] with { Absorbed = absorbed, TimeToRecover = recovered[i] };
        }

        var ledger = await session.Store.ReadLedgerAsync(jobId, cancellationToken);
        var attempts = await session.AttemptsAsync(jobId, cancellationToken);
        var stepsLost = ledger.Where(a => a.EndReason != AttemptEndReason.Completed).Sum(a => a.StepsSinceCheckpoint);
        var latest = await LatestCheckpoint.ReadAsync(session.Clients.S3, session.Bucket, job, cancellationToken);
        bool? identical = plan.Expect != JobState.Succeeded ? null : latest.ModelSha256 is not null && latest.ModelSha256 == reference?.ModelSha256;
        var leftover = await LeftoverAsync(session, cancellationToken);
        var kinds = plan.Faults.Where((_, i) => injected[i].Fired).Select(f => f.Kind).ToList();
        var reasons = DrillRunReport.EndReasonsFor(kinds, plan.Expect, session.NoticeLoss);
        var failures = DrillRunReport.Check(plan, job.State, reference?.Final ?? JobState.Succeeded, injected, ledger, reasons, identical, latest, leftover);
        var transitions = await session.Store.ListTransitionsAsync(jobId, cancellationToken);
        if (job.State != plan.Expect && transitions.Count > 0)
            failures.Add($"the job's last transition, to {transitions[^1].To}, gave the reason: {transitions[^1].Reason}");
        failures.AddRange(await TimelineFailuresAsync(session, kinds, ledger, attempts, corruptedSteps, cancellationToken));
        if (reference is { Problem: { } problem }) failures.Add($"the reference run's latest does not verify: {problem}");
        if (reference is null && plan.Expect == JobState.Succeeded) failures.Add("the reference run did not finish within the drill's time limit");
        return new DrillRunReport(plan.Name, seed, job.Name, plan.Expect, job.State, reference?.Final ?? JobState.Succeeded, injected, stepsLost, ledger,
            reasons, identical, latest, leftover, elapsed, failures);
    }

    /// <summary>What particular faults must leave behind: an on-demand finish when the deadline was at risk, and a
    /// resume, as the next trainer logged it, from a checkpoint older than the corrupted one.</summary>
    private static async Task<List<string>> TimelineFailuresAsync(DrillWorld session, List<DrillFaultKind> fired, IReadOnlyList<AttemptRecord> ledger,
        IReadOnlyList<StoredAttempt> attempts, Dictionary<int, long> corruptedSteps, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        if (fired.Contains(DrillFaultKind.DeadlineAtRisk) && ledger.Count > 0 && ledger[^1].Market != Market.OnDemand)
            failures.Add($"the deadline was at risk and spot could not be had, yet attempt {ledger[^1].Attempt} ran on {ledger[^1].Market}, not on-demand");
        foreach (var (attempt, step) in corruptedSteps)
        {
            var next = attempts.FirstOrDefault(a => a.Attempt == attempt + 1 && a.InstanceId is not null);
            var console = next is null ? "" : await session.ConsoleOfAsync(next.InstanceId!, cancellationToken);
            var resumed = ResumedLine().Match(console);
            if (!resumed.Success)
                failures.Add($"no trainer after the corruption of the step-{step} checkpoint logged where it resumed from");
            else if (long.Parse(resumed.Groups["step"].Value, System.Globalization.CultureInfo.InvariantCulture) >= step)
                failures.Add($"attempt {next!.Attempt} resumed from {resumed.Groups["id"].Value} at step {resumed.Groups["step"].Value}, not from a checkpoint older than the corrupted step-{step} one");
        }
        return failures;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"Resumed from checkpoint (?<id>\S+) at step (?<step>\d+)")]
    private static partial System.Text.RegularExpressions.Regex ResumedLine();

    /// <summary>Live instances once the job ended, given a few seconds for terminations already asked for to land.</summary>
    private async Task<int> LeftoverAsync(DrillWorld session, CancellationToken cancellationToken)
    {
        var from = Time.GetTimestamp();
        var live = await session.LiveInstancesAsync(cancellationToken);
        while (live.Count > 0 && Time.GetElapsedTime(from) < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(Poll, Time, cancellationToken);
            live = await session.LiveInstancesAsync(cancellationToken);
        }
        return live.Count;
    }

    /// <summary>The task's result, or the default when it was cut off by the drill's time limit.</summary>
    private static async Task<T?> AtMostAsync<T>(Task<T> task)
    {
        try
        {
            return await task;
        }
        catch (OperationCanceledException)
        {
            return default;
        }
    }
}
