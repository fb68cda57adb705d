namespace Spot.Launcher.Cloud.Instances;

public enum VerdictKind
{
    /// <summary>Pending or running.</summary>
    Healthy,

    /// <summary>Something is wrong but not yet confirmed: act on nothing.</summary>
    Suspected,

    /// <summary>Confirmed: a loss (interrupted, missing, ended unexplained) or an end (exited, terminated by a user).</summary>
    Confirmed,

    /// <summary>The poll failed or timed out; nothing is known and nothing was counted.</summary>
    Unknown,
}

/// <summary>
/// Where an attempt stands after one pass. <see cref="Observations"/> counts the successful polls in a row that
/// showed the same condition; <see cref="FirstSeenAt"/> is when the first of them was made.
/// </summary>
public sealed record AttemptVerdict(WatchedAttempt Attempt, VerdictKind Kind, InstanceCondition? Condition, int Observations, DateTimeOffset? FirstSeenAt)
{
    public bool IsConfirmedLoss => Kind == VerdictKind.Confirmed && Condition is { IsLoss: true };
}
