namespace Spot.Launcher.Drills;

/// <summary>
/// The plans `spot drill --plan NAME` knows, written in the same YAML a user's plan file uses, so the reader's rules
/// hold for them too. Steps assume a job of about 240 steps with a checkpoint every 20.
/// </summary>
public static class BuiltInDrillPlans
{
    private static readonly Dictionary<string, string> Yaml = new(StringComparer.Ordinal)
    {
        ["notice-at-random-step"] = """
            name: notice-at-random-step
            description: A two-minute-style notice at a step drawn from the seed.
            faults:
              - {kind: interrupt, at_step: random}
            """,
        ["kill-no-notice"] = """
            name: kill-no-notice
            description: The instance terminated at once; the steps since the last checkpoint are lost.
            faults:
              - {kind: kill, at_step: 90}
            """,
        ["rebalance-then-interrupt"] = """
            name: rebalance-then-interrupt
            description: A rebalance recommendation, then the interruption notice.
            faults:
              - {kind: rebalance_then_interrupt, at_step: 70}
            """,
        ["back-to-back"] = """
            name: back-to-back
            description: Two interruptions, the second soon after the first recovery.
            faults:
              - {kind: interrupt, at_step: 50}
              - {kind: interrupt, at_step: 90}
            """,
        ["capacity-out-during-recovery"] = """
            name: capacity-out-during-recovery
            description: An interruption, then the pool it ran in runs dry while the job recovers.
            faults:
              - {kind: interrupt, at_step: 60}
              - {kind: drain_pool}
            """,
        ["ec2-throttle-30"] = """
            name: ec2-throttle-30
            description: 30% of EC2 calls throttled from the start, through an interruption and its relaunch.
            faults:
              - {kind: ec2_throttle, share: 0.3, for: 90s}
              - {kind: interrupt, at_step: 80}
            """,
        ["s3-errors-10"] = """
            name: s3-errors-10
            description: 10% of S3 requests fail with 503 from the start, through an interruption and its resume.
            faults:
              - {kind: s3_errors, share: 0.1, for: 90s, status: 503}
              - {kind: interrupt, at_step: 80}
            """,
        ["price-above-ceiling"] = """
            name: price-above-ceiling
            description: The spot price of the job's pool rises above its ceiling.
            faults:
              - {kind: price_above_ceiling, at_step: 70}
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
