namespace Spot.Trainer.Checkpoints;

/// <summary>A checkpoint whose parts, manifest and latest pointer are all durable, and how long making it so took.</summary>
public sealed record DurableCheckpoint(long Step, string CheckpointId, TimeSpan PersistDuration);
