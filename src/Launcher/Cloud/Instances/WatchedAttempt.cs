namespace Spot.Launcher.Cloud.Instances;

/// <summary>An attempt the store says is live, with its instance id once the launch has returned one.</summary>
public sealed record WatchedAttempt(AttemptKey Key, string? InstanceId);
