using Spot.Launcher.Store;

namespace Spot.Launcher.Drills;

/// <summary>Fires one fault of a plan at a job; each cloud a drill runs on has its own way to hurt the instance.</summary>
internal interface IFaultInjector : IAsyncDisposable
{
    /// <param name="target">The attempt hit; null only for faults on the whole cloud or daemon.</param>
    Task<FaultInjector.Injection> InjectAsync(DrillFault fault, JobRecord job, StoredAttempt? target, CancellationToken cancellationToken);
}
