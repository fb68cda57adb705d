namespace Spot.Launcher.Cloud.Launch;

/// <summary>How the launcher asks EC2 for an instance; chosen by name in <see cref="LaunchOptions.Strategy"/>.</summary>
public enum LaunchStrategy
{
    /// <summary>One RunInstances call per pool, in rank order, until one launches.</summary>
    RunInstances,

    /// <summary>One CreateFleet <c>instant</c> call over the top <see cref="LaunchOptions.FleetPoolCount"/> pools of a market at a time.</summary>
    Fleet,
}
