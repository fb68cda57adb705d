using Spot.LocalCloud.Imds;

namespace Spot.LocalCloud.Instances;

/// <summary>What is running for one instance: its IMDS, its process group and its pending timers.</summary>
internal sealed class InstanceRuntime
{
    public ImdsServer? Imds { get; set; }

    public InstanceProcess? Process { get; set; }

    public List<ITimer> Timers { get; } = [];

    /// <summary>Completes once the instance has reached its final state (terminated or stopped).</summary>
    public Task? Finishing { get; set; }
}
