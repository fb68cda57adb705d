namespace Spot.LocalCloud.Instances;

/// <summary>EC2 instance states with the codes AWS reports (the low byte of instanceState.code).</summary>
public enum InstanceState
{
    Pending = 0,
    Running = 16,
    ShuttingDown = 32,
    Terminated = 48,
    Stopping = 64,
    Stopped = 80,
}

public static class InstanceStateNames
{
    public static string Of(InstanceState state) => state switch
    {
        InstanceState.Pending => "pending",
        InstanceState.Running => "running",
        InstanceState.ShuttingDown => "shutting-down",
        InstanceState.Terminated => "terminated",
        InstanceState.Stopping => "stopping",
        InstanceState.Stopped => "stopped",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown instance state."),
    };

    /// <summary>States in which the instance holds capacity in its pool.</summary>
    public static bool HoldsCapacity(InstanceState state) =>
        state is InstanceState.Pending or InstanceState.Running or InstanceState.ShuttingDown or InstanceState.Stopping;
}
