namespace Spot.Launcher.Drills;

/// <summary>A drill that was not run, and why (LocalStack unreachable, or a fault it cannot emulate).</summary>
public sealed record SkippedDrill(string Plan, string Reason);
