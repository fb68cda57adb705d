using Spot.Launcher.Cloud;

namespace Spot.Launcher.Drills.LocalStack;

/// <summary>
/// Runs drills on LocalStack with the same checks as on LocalCloud (<see cref="DrillRunner"/>): terminal state, weights
/// equal to the uninterrupted reference run's, a verifying latest, no instance of the drill left live, and the end
/// reasons the timeline implies, where a loss with notice reads UserTerminated. The reference runs on LocalCloud:
/// identical weights prove the trainer resumed exactly, which does not depend on the cloud. Callers probe LocalStack
/// first (<see cref="LocalStackProbe"/>) and report every drill as skipped when it is not usable.
/// </summary>
public sealed class LocalStackDrillRunner
{
    private readonly DrillRunner _drills;

    /// <param name="options">Its settings must be the localstack profile's, pointed at the endpoint under test.</param>
    /// <param name="references">A LocalCloud runner whose reference runs to share; null makes one.</param>
    public LocalStackDrillRunner(DrillOptions options, DrillRunner? references = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        references ??= new DrillRunner(new DrillOptions { Limit = options.Limit, Time = options.Time, Settings = () => OnLocalCloud(options) });
        _drills = new DrillRunner(options, async token => await LocalStackDrillSession.StartAsync(options, token), references);
    }

    /// <exception cref="DrillPlanException">The plan has a fault LocalStack cannot take; the message names it and says why.</exception>
    public Task<DrillRunReport> RunAsync(string specYaml, DrillPlan plan, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return LocalStackPlans.SkipReasonFor(plan) is { } why
            ? throw new DrillPlanException($"plan '{plan.Name}': {why}")
            : _drills.RunAsync(specYaml, plan, seed, cancellationToken);
    }

    /// <summary>Every built-in plan: those LocalStack can take run one after another, the rest are reported skipped.</summary>
    public async Task<DrillReport> RunBuiltInsAsync(string specYaml, int seed, CancellationToken cancellationToken)
    {
        var runs = new List<DrillRunReport>();
        var skipped = new List<SkippedDrill>();
        foreach (var plan in BuiltInDrillPlans.Names.Select(BuiltInDrillPlans.Get))
        {
            if (LocalStackPlans.SkipReasonFor(plan) is { } why)
                skipped.Add(new SkippedDrill(plan.Name, why));
            else
                runs.Add(await _drills.RunAsync(specYaml, plan, seed, cancellationToken));
        }
        return new DrillReport(runs) { Skipped = skipped };
    }

    /// <summary>The same settings on the local profile, for the reference runs.</summary>
    private static Daemon.Hosting.SpotSettings OnLocalCloud(DrillOptions options)
    {
        var settings = options.Settings();
        settings.Cloud.Profile = CloudProfile.Local;
        settings.Cloud.Ec2Endpoint = null;
        settings.Cloud.S3Endpoint = null;
        return settings;
    }
}
