namespace Spot.CostModel.Ledger;

/// <summary>Why an attempt's instance went away. Only <see cref="SpotInterruption"/> is AWS's doing; every other
/// reason means we stopped or terminated the instance ourselves, which AWS bills as seconds used.</summary>
public enum AttemptEndReason
{
    /// <summary>The job finished on this attempt.</summary>
    Completed,

    /// <summary>AWS reclaimed the spot instance (StateReason Server.SpotInstanceTermination).</summary>
    SpotInterruption,

    /// <summary>The user stopped the instance.</summary>
    UserStopped,

    /// <summary>The user terminated the instance.</summary>
    UserTerminated,

    /// <summary>The trainer failed and we terminated the instance.</summary>
    Failed,

    /// <summary>The budget guard stopped the job after a final checkpoint.</summary>
    BudgetExhausted,

    /// <summary>The deadline passed and we terminated the instance.</summary>
    DeadlineExceeded,
}
