namespace Spot.Launcher.Drills;

/// <summary>One fault as the drill injected it, and how the job took it.</summary>
/// <param name="At">When it fired, from the start of the drill (wall time).</param>
/// <param name="Attempt">The attempt it hit (for pool faults, the attempt whose pool it drained or re-priced).</param>
/// <param name="Step">The attempt's step when it fired.</param>
/// <param name="Absorbed">How the job absorbed it, from the job's log and attempts; null if it never fired.</param>
/// <param name="TimeToRecover">For faults that end an attempt: until the next attempt ran (wall time).</param>
/// <param name="Detail">What exactly was done (the instance, pool, price, key or checkpoint), in words.</param>
public sealed record InjectedFault(
    string Fault, string Trigger, bool Fired, TimeSpan At, int? Attempt, string? InstanceId, long? Step, string? Absorbed, TimeSpan? TimeToRecover,
    string? Detail = null);
