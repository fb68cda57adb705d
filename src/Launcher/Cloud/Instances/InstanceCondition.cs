namespace Spot.Launcher.Cloud.Instances;

/// <summary>What became of an attempt's instance, as one successful listing shows it.</summary>
public enum ConditionKind
{
    Pending,
    Running,

    /// <summary>AWS took it back: StateReason Server.SpotInstanceTermination, or a spot request status saying so.</summary>
    Interrupted,

    /// <summary>Stopped or terminated by a client call (ours, or a person's): Client.UserInitiatedShutdown.</summary>
    TerminatedByUser,

    /// <summary>The instance shut itself down after its user-data (the trainer) exited: Client.InstanceInitiatedShutdown.</summary>
    Exited,

    /// <summary>Not in the listing at all.</summary>
    Missing,

    /// <summary>Stopping, stopped, shutting down or terminated with no reason that says why.</summary>
    EndedUnexplained,
}

/// <summary>
/// A classification with the evidence behind it. <see cref="Definitive"/> when AWS stated the cause (a StateReason
/// code or a closed spot request's status), so one observation confirms it; otherwise it must be seen twice running.
/// </summary>
public sealed record InstanceCondition(ConditionKind Kind, ObservedInstance? Instance, string Evidence, bool Definitive)
{
    /// <summary>The attempt's instance is gone (or going) for reasons other than the trainer finishing.</summary>
    public bool IsLoss => Kind is ConditionKind.Interrupted or ConditionKind.Missing or ConditionKind.EndedUnexplained;

    /// <summary>Pending or running: nothing to confirm.</summary>
    public bool IsHealthy => Kind is ConditionKind.Pending or ConditionKind.Running;
}
