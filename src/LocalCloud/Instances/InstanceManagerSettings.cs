namespace Spot.LocalCloud.Instances;

/// <summary>The parts of the options the instance lifecycle needs; durations are market time.</summary>
public sealed record InstanceManagerSettings(TimeSpan BootDelay, TimeSpan InterruptionNotice, string InstancesDirectory);
