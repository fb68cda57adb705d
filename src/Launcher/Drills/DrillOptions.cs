using Spot.Launcher.Daemon.Hosting;

namespace Spot.Launcher.Drills;

/// <summary>How `spot drill` runs its drills.</summary>
public sealed class DrillOptions
{
    /// <summary>The longest one drill may take, reference run included, before it is reported as failed.</summary>
    public TimeSpan Limit { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Fresh settings for each drill's daemon (profile files, --config market); the drill then points its store,
    /// LocalCloud data and timings at a scratch folder of its own.</summary>
    public Func<SpotSettings> Settings { get; init; } = () => new SpotSettings();

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
