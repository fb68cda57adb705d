using Spot.CostModel.Placement;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>Launches exactly one instance for one attempt of a job, trying ranked offerings in order.</summary>
public interface IInstanceLauncher
{
    /// <summary>
    /// Tries <paramref name="offerings"/> (a <see cref="PlacementResult"/>'s, best first) until one launches.
    /// Throws <see cref="LaunchFailedException"/> when none does, <see cref="ArgumentException"/> for a bad request.
    /// </summary>
    Task<LaunchResult> LaunchAsync(LaunchRequest request, IReadOnlyList<RankedOffering> offerings, CancellationToken cancellationToken = default);
}
