namespace Spot.Trainer.Telemetry;

/// <summary>What every status of one attempt repeats: whose it is and what the run is.</summary>
/// <param name="AttemptId">Null when the launcher did not name the attempt.</param>
public sealed record StatusIdentity(string JobId, string? AttemptId, int Rank, long TotalSteps, string Precision);
