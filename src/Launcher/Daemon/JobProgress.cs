namespace Spot.Launcher.Daemon;

/// <summary>How far a job has come, as the store and the trainer's last heartbeat tell it.</summary>
/// <param name="DurableStep">The newest step a durable checkpoint holds; a new attempt resumes there.</param>
/// <param name="StepsPerHour">The trainer's measured speed; null before the first heartbeat with a rate.</param>
/// <param name="SpentUsd">What the job's attempts cost so far, the running one billed as if stopped now.</param>
public sealed record JobProgress(long DurableStep, double? StepsPerHour, decimal SpentUsd);
