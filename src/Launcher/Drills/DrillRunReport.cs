using Spot.CostModel.Ledger;
using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Drills;

/// <summary>One drill: the plan's faults as injected, and every check the run must pass.</summary>
/// <param name="StepsLost">Steps run after the last durable checkpoint by attempts that did not complete (from the ledger).</param>
/// <param name="ExpectedEndReasons">The ledger's end reasons the injected timeline implies, in attempt order.</param>
/// <param name="WeightsIdentical">The final model part equals the reference run's; null when the plan does not expect success.</param>
/// <param name="Failures">Each check that failed, in words; empty when the drill passed.</param>
public sealed record DrillRunReport(
    string Plan,
    int Seed,
    string Job,
    JobState Expected,
    JobState Final,
    JobState ReferenceFinal,
    IReadOnlyList<InjectedFault> Faults,
    long StepsLost,
    IReadOnlyList<AttemptRecord> Ledger,
    IReadOnlyList<AttemptEndReason> ExpectedEndReasons,
    bool? WeightsIdentical,
    LatestCheckpoint Latest,
    int LeftoverInstances,
    TimeSpan Elapsed,
    IReadOnlyList<string> Failures)
{
    public bool Passed => Failures.Count == 0;

    public bool LedgerConsistent => Ledger.Select(a => a.EndReason).SequenceEqual(ExpectedEndReasons.Select(r => (AttemptEndReason?)r));

    /// <summary>The ledger end reasons a timeline implies: one per attempt-ending fault, then the terminal one.</summary>
    /// <param name="noticeLoss">How the cloud records a loss with notice: SpotInterruption on LocalCloud and AWS,
    /// UserTerminated on LocalStack, whose TerminateInstances leaves Client.UserInitiatedShutdown.</param>
    public static IReadOnlyList<AttemptEndReason> EndReasonsFor(IEnumerable<DrillFaultKind> fired, JobState expected,
        AttemptEndReason noticeLoss = AttemptEndReason.SpotInterruption)
    {
        var reasons = fired.Where(DrillFaultKinds.EndsAttempt)
            .Select(k => k == DrillFaultKind.KillWithoutNotice ? AttemptEndReason.UserTerminated : noticeLoss)
            .ToList();
        reasons.Add(expected switch
        {
            JobState.BudgetExhausted => AttemptEndReason.BudgetExhausted,
            JobState.DeadlineMissed => AttemptEndReason.DeadlineExceeded,
            _ => AttemptEndReason.Completed,
        });
        return reasons;
    }

    /// <summary>Every check of a finished drill, as the failures it found.</summary>
    public static List<string> Check(
        DrillPlan plan, JobState final, JobState referenceFinal, IReadOnlyList<InjectedFault> faults, IReadOnlyList<AttemptRecord> ledger,
        IReadOnlyList<AttemptEndReason> expectedReasons, bool? weightsIdentical, LatestCheckpoint latest, int leftover)
    {
        var failures = new List<string>();
        if (!JobTransitions.IsTerminal(final)) failures.Add($"the job was still {final} when the drill ran out of time");
        else if (final != plan.Expect) failures.Add($"the job ended {final}; the plan expects {plan.Expect}");
        if (referenceFinal != JobState.Succeeded) failures.Add($"the reference run ended {referenceFinal}, not Succeeded");
        foreach (var fault in faults.Where(f => !f.Fired)) failures.Add($"{fault.Fault} {fault.Trigger} never fired: the job ended first");
        var actual = ledger.Select(a => a.EndReason?.ToString() ?? "running").ToList();
        if (!actual.SequenceEqual(expectedReasons.Select(r => r.ToString())))
            failures.Add($"the ledger's end reasons are [{string.Join(", ", actual)}]; the timeline implies [{string.Join(", ", expectedReasons)}]");
        if (weightsIdentical == false) failures.Add("the final weights differ from the uninterrupted reference run's");
        if (!latest.Verifies) failures.Add($"latest does not verify: {latest.Problem}");
        if (leftover != 0) failures.Add($"{leftover} instance(s) left running");
        return failures;
    }
}
