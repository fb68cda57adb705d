namespace Spot.Launcher.Drills;

/// <summary>
/// The plans `spot drill --plan NAME` knows, written in the same YAML a user's plan file uses, so the reader's rules
/// hold for them too. Steps are shares of the job's steps, so every plan fits a job of any length.
/// </summary>
public static class BuiltInDrillPlans
{
    private static readonly Dictionary<string, string> Yaml = new(StringComparer.Ordinal)
    {
        ["notice-at-random-step"] = """
            name: notice-at-random-step
            description: "A spot interruption notice at a step drawn from the seed."
            faults:
              - {kind: interrupt, at_step: random}
            """,
        ["kill-no-notice"] = """
            name: kill-no-notice
            description: "The instance terminated at once: no notice, so the steps since the last checkpoint are lost."
            faults:
              - {kind: kill, at_step: 35%}
            """,
        ["interrupt-during-upload"] = """
            name: interrupt-during-upload
            description: "An interruption while a checkpoint upload is in flight; the upload never completes."
            faults:
              - {kind: interrupt_during_upload, at_step: 30%}
            """,
        ["rebalance-then-interrupt"] = """
            name: rebalance-then-interrupt
            description: "A rebalance recommendation, then the interruption notice."
            faults:
              - {kind: rebalance_then_interrupt, at_step: 30%}
            """,
        ["back-to-back"] = """
            name: back-to-back
            description: "Two interruptions, the second soon after the first recovery."
            faults:
              - {kind: interrupt, at_step: 25%}
              - {kind: interrupt, at_step: 45%}
            """,
        ["capacity-out-during-recovery"] = """
            name: capacity-out-during-recovery
            description: "An interruption, then the pool it ran in runs dry while the job recovers."
            faults:
              - {kind: interrupt, at_step: 30%}
              - {kind: drain_pool}
            """,
        ["ec2-throttle-30"] = """
            name: ec2-throttle-30
            description: "30% of EC2 calls throttled from the start, through an interruption and its relaunch."
            faults:
              - {kind: ec2_throttle, share: 0.3, for: 60s}
              - {kind: interrupt, at_step: 35%}
            """,
        ["s3-errors-10"] = """
            name: s3-errors-10
            description: "10% of S3 requests fail with 503 from the start, through an interruption and its resume."
            faults:
              - {kind: s3_errors, share: 0.1, for: 60s, status: 503}
              - {kind: interrupt, at_step: 35%}
            """,
        ["daemon-restart-mid-job"] = """
            name: daemon-restart-mid-job
            description: "The daemon killed and restarted while the job trains, then an interruption the new daemon must absorb."
            faults:
              - {kind: restart_daemon, at_step: 25%}
              - {kind: interrupt, at_step: 50%}
            """,
        ["daemon-restart-mid-launch"] = """
            name: daemon-restart-mid-launch
            description: "An interruption, then the daemon dies inside the relaunch, after RunInstances and before recording it."
            faults:
              - {kind: interrupt, at_step: 30%}
              - {kind: restart_daemon_mid_launch}
            """,
        ["price-above-ceiling"] = """
            name: price-above-ceiling
            description: "The spot price of the job's pool rises above its bid ceiling."
            faults:
              - {kind: price_above_ceiling, at_step: 30%}
            """,
        ["budget-runs-out"] = """
            name: budget-runs-out
            description: "The budget cut to the spend so far in the middle of the run."
            expect: budget_exhausted
            faults:
              - {kind: cut_budget, at_step: 40%}
            """,
        ["deadline-forces-on-demand"] = """
            name: deadline-forces-on-demand
            description: "The deadline pulled in and spot gone: only on-demand still makes it (needs market: spot-then-on-demand)."
            faults:
              - {kind: deadline_at_risk, at_step: 30%}
            """,
        ["corrupt-latest"] = """
            name: corrupt-latest
            description: "An interruption, then the checkpoint latest names is corrupted: the resume falls back to the one before."
            faults:
              - {kind: corrupt_latest, at_step: 40%}
            """,
    };

    public static IReadOnlyCollection<string> Names => Yaml.Keys;

    public static bool TryGet(string name, out DrillPlan plan)
    {
        plan = null!;
        if (!Yaml.TryGetValue(name, out var yaml)) return false;
        plan = DrillPlanReader.Read(yaml);
        return true;
    }

    public static DrillPlan Get(string name) => TryGet(name, out var plan)
        ? plan
        : throw new DrillPlanException($"--plan: '{name}' is not a built-in plan ({string.Join(", ", Names)})");
}
