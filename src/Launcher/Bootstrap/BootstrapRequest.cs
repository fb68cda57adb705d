using Spot.Contracts.Bootstrap;

namespace Spot.Launcher.Bootstrap;

/// <summary>
/// What one attempt's user-data needs: the trainer's SPOT_* environment (it must name the job in
/// <see cref="TrainerEnvironment.JobId"/>) and where the trainer comes from.
/// </summary>
public sealed record BootstrapRequest(IReadOnlyDictionary<string, string> Environment, TrainerSource Trainer)
{
    /// <summary>Longest pre-signed bundle URL lifetime accepted: short-lived, since user-data is readable on the instance.</summary>
    public TimeSpan MaxPresignedLifetime { get; init; } = TimeSpan.FromHours(1);
}
