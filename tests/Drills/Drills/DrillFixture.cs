using Spot.Launcher.Drills;
using Spot.Launcher.Tests.EndToEnd;

namespace Spot.Drills.Tests.Drills;

/// <summary>
/// One drill runner for the whole suite, so the uninterrupted reference run of each spec runs once, not per drill.
/// The job is long enough (1500 steps, 10-20 s on two cores) for a fault at 25% to land well before the end, even
/// though the step the drill sees trails the trainer's by a second or two.
/// </summary>
public sealed class DrillFixture
{
    public const long Steps = 1500;
    public const long CheckpointEvery = 50;

    public DrillRunner Runner { get; } = new(new DrillOptions { Limit = TimeSpan.FromMinutes(4) });

    /// <summary>The drilled job: the name differs per drill, the training does not, so one reference serves them all.</summary>
    public static string Spec(string name, string market) => JobSpecs.SmallMlp(name, steps: Steps, market: market, checkpointEvery: CheckpointEvery);
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DrillCollection : ICollectionFixture<DrillFixture>
{
    public const string Name = "drills";
}
