using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Instances;

/// <summary>
/// One EC2 instance. Mutable state is changed only under <see cref="InstanceStore.Sync"/>; readers that render
/// responses take the same lock, so a response never shows half a transition.
/// </summary>
public sealed class Instance
{
    public required string Id { get; init; }

    public required string ReservationId { get; init; }

    public required string ImageId { get; init; }

    public required PoolKey Pool { get; init; }

    public required DateTimeOffset LaunchTime { get; init; }

    public required int LaunchIndex { get; init; }

    public required long Sequence { get; init; }

    /// <summary>Null for on-demand.</summary>
    public SpotRequest? SpotRequest { get; init; }

    public bool IsSpot => SpotRequest is not null;

    public string? ClientToken { get; init; }

    public bool RequiresImdsTokens { get; init; }

    /// <summary>Base64 user-data as sent; null when none.</summary>
    public string? UserData { get; init; }

    /// <summary>"stop" or "terminate": what happens when the instance's own process ends.</summary>
    public string ShutdownBehavior { get; init; } = "stop";

    public required string WorkingDirectory { get; init; }

    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

    public InstanceState State { get; set; } = InstanceState.Pending;

    public StateReason? StateReason { get; set; }

    public string StateTransitionReason { get; set; } = "";

    /// <summary>The spot instance-action notice: when the instance will be taken (null until one is posted).</summary>
    public DateTimeOffset? InterruptionTime { get; set; }

    public InterruptionReason? Interruption { get; set; }

    public DateTimeOffset? RebalanceNoticeTime { get; set; }

    /// <summary>http://127.0.0.1:port of this instance's IMDS, once booted.</summary>
    public Uri? ImdsEndpoint { get; set; }

    /// <summary>Process id of the instance's process group leader, once booted.</summary>
    public int? ProcessId { get; set; }
}
