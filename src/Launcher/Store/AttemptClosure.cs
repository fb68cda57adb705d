using Spot.CostModel.Ledger;

namespace Spot.Launcher.Store;

/// <summary>How an attempt ended: when the instance went away, why, and the trainer's exit code when known.</summary>
public sealed record AttemptClosure(DateTimeOffset EndedAt, AttemptEndReason Reason, int? TrainerExitCode);
