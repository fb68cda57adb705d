namespace Spot.Launcher.Cloud.Instances;

/// <summary>What one sweep did: the orphans it terminated, and those whose TerminateInstances call failed (tried again next pass).</summary>
public sealed record OrphanSweep(IReadOnlyList<ObservedInstance> Terminated, IReadOnlyList<(ObservedInstance Instance, string Error)> Failed, int TerminateCalls)
{
    public static OrphanSweep Nothing { get; } = new([], [], 0);
}
