namespace Spot.Launcher.Jobs.State;

/// <summary>Where a job is in its life. <see cref="JobTransitions"/> lists the moves allowed between these states;
/// the store saves each state by its name, so renaming a member needs a schema migration.</summary>
public enum JobState
{
    /// <summary>Submitted and stored; nothing asked of the cloud yet.</summary>
    Pending,

    /// <summary>Ranking offerings and checking the budget and deadline before a launch.</summary>
    Placing,

    /// <summary>An attempt is recorded and its instance is being requested or is starting.</summary>
    Launching,

    /// <summary>The instance runs the trainer.</summary>
    Running,

    /// <summary>AWS took the spot instance back; the job will be placed again and resume from its checkpoint.</summary>
    Interrupted,

    /// <summary>The trainer failed and error restarts remain; the job will be placed again and resume.</summary>
    Restarting,

    /// <summary>The trainer finished every step. Terminal.</summary>
    Succeeded,

    /// <summary>The trainer failed with no restarts left, or the cloud refused for good (quota, authorisation). Terminal.</summary>
    Failed,

    /// <summary>The user cancelled the job. Terminal.</summary>
    Cancelled,

    /// <summary>Spend so far plus the expected cost to finish would pass the budget. Terminal.</summary>
    BudgetExhausted,

    /// <summary>The deadline passed, or cannot be met on any market. Terminal.</summary>
    DeadlineMissed,
}
