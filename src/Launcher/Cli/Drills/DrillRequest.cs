using Spot.Launcher.Daemon.Hosting;
using Spot.Launcher.Drills;

namespace Spot.Launcher.Cli.Drills;

/// <summary>A checked `spot drill` call: the spec, which plan each run gets, and how the drills are run and shown.</summary>
/// <param name="Plan">The plan every run uses; null for a random plan per run, drawn from that run's seed.</param>
/// <param name="Settings">Resolves the settings again from the arguments on every call, so no two drills share one object.</param>
/// <param name="LocalStackEndpoint">On the localstack profile, the edge endpoint to probe before any drill; null otherwise.</param>
internal sealed record DrillRequest(
    string SpecPath, string SpecYaml, DrillPlan? Plan, int Seed, int Repeat, TimeSpan Timeout, OutputFormat Format, Func<SpotSettings> Settings,
    Uri? LocalStackEndpoint = null)
{
    /// <summary>Why a run's plan is skipped on this cloud; null when it runs (always, off LocalStack).</summary>
    public string? SkipReasonFor(DrillPlan plan) => LocalStackEndpoint is null ? null : Spot.Launcher.Drills.LocalStack.LocalStackPlans.SkipReasonFor(plan);

    public int SeedFor(int run) => Seed + run;

    public DrillPlan PlanFor(int run) => Plan ?? RandomDrillPlans.Create(SeedFor(run));
}
