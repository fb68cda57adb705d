namespace Spot.LocalCloud.Instances;

/// <summary>The parts of the options the instance lifecycle needs; durations are market time.</summary>
/// <param name="RunUserData">False: instances are records only (no IMDS, no process), as in LocalStack's mock VM manager.</param>
public sealed record InstanceManagerSettings(TimeSpan BootDelay, TimeSpan InterruptionNotice, string InstancesDirectory, bool RunUserData = true);
