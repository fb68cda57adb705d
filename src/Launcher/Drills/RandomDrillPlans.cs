using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Drills;

/// <summary>
/// The plans `spot drill` runs when no --plan is given: one or two faults that end an attempt, at shares of the job's
/// steps drawn from the seed, sometimes with one fault of another sort beside them. The same seed always gives the
/// same plan, so a failed run of a soak can be replayed alone with its seed.
/// </summary>
public static class RandomDrillPlans
{
    /// <summary>Shares of the job's steps the attempt-ending faults fall in, in whole percent: late enough for a
    /// checkpoint to exist, early enough for the resume to have work left.</summary>
    public const int FirstPercent = 10;

    public const int LastPercent = 65;

    /// <summary>The least distance between two attempt-ending faults, so the first recovery is over before the second.</summary>
    public const int MinimumGapPercent = 15;

    /// <summary>How often a plan carries a fault of another sort besides the attempt-ending ones.</summary>
    public const double ExtraFaultChance = 0.3;

    public static IReadOnlyList<DrillFaultKind> AttemptEnding { get; } =
    [
        DrillFaultKind.InterruptWithNotice, DrillFaultKind.KillWithoutNotice, DrillFaultKind.InterruptDuringUpload,
        DrillFaultKind.RebalanceThenInterrupt, DrillFaultKind.CorruptLatest,
    ];

    public static string NameFor(int seed) => $"random-{seed}";

    public static DrillPlan Create(int seed)
    {
        var random = new Random(seed);
        var percents = DrawPercents(random);
        var faults = percents
            .Select(p => new Placed(new DrillFault(AttemptEnding[random.Next(AttemptEnding.Count)], AtPercent(p)), $"at {p}% of the steps"))
            .ToList();
        if (random.NextDouble() < ExtraFaultChance) AddExtra(random, faults, percents);
        var description = $"Random plan for seed {seed}: " + string.Join("; ", faults.Select(f => $"{f.Fault.Name} {f.When}")) + ".";
        return new DrillPlan(NameFor(seed), description, faults.Select(f => f.Fault).ToList(), JobState.Succeeded);
    }

    /// <summary>One or two whole percents, ascending and at least the gap apart.</summary>
    private static List<int> DrawPercents(Random random)
    {
        if (random.Next(2) == 0) return [random.Next(FirstPercent, LastPercent + 1)];
        var first = random.Next(FirstPercent, LastPercent - MinimumGapPercent + 1);
        return [first, random.Next(first + MinimumGapPercent, LastPercent + 1)];
    }

    private static void AddExtra(Random random, List<Placed> faults, List<int> percents)
    {
        switch (random.Next(4))
        {
            case 0:
                // Fired before anything else, so it is on while the first attempt launches and trains.
                faults.Insert(0, new Placed(new DrillFault(DrillFaultKind.Ec2Throttle, DrillTrigger.AfterPrevious, 0.3, TimeSpan.FromSeconds(60)), "on 30% of EC2 calls for 60 s from the start"));
                break;
            case 1:
                faults.Insert(0, new Placed(new DrillFault(DrillFaultKind.S3Errors, DrillTrigger.AfterPrevious, 0.1, TimeSpan.FromSeconds(60), 503), "503 on 10% of S3 requests for 60 s from the start"));
                break;
            case 2:
                // Right after the first loss, so the relaunch has to find another pool.
                faults.Insert(1, new Placed(new DrillFault(DrillFaultKind.DrainCurrentPool, DrillTrigger.AfterPrevious), "right after the first"));
                break;
            default:
                // At least 5 points from its neighbours so the new daemon is up before the next fault is due.
                var (low, high, at) = percents.Count == 2 ? (percents[0] + 5, percents[1] - 5, 1) : (5, percents[0] - 5, 0);
                var percent = random.Next(low, high + 1);
                faults.Insert(at, new Placed(new DrillFault(DrillFaultKind.RestartDaemon, AtPercent(percent)), $"at {percent}% of the steps"));
                break;
        }
    }

    private static DrillTrigger AtPercent(int percent) => new(null, false, null, AtFraction: percent / 100.0);

    private sealed record Placed(DrillFault Fault, string When);
}
