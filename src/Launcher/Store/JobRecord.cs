using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Store;

/// <summary>A job as stored.</summary>
/// <param name="Id">The store's number for the job.</param>
/// <param name="Uid">A random id, unique across stores, that client tokens are built from.</param>
/// <param name="Interruptions">Times the job entered Interrupted.</param>
/// <param name="ErrorRestarts">Times the job entered Restarting after a trainer error.</param>
public sealed record JobRecord(
    long Id,
    string Uid,
    string Name,
    string SpecYaml,
    JobState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    decimal BudgetUsd,
    DateTimeOffset? Deadline,
    int MaxErrorRestarts,
    int ErrorRestarts,
    int Interruptions)
{
    public bool IsTerminal => JobTransitions.IsTerminal(State);

    public bool HasErrorRestartsLeft => ErrorRestarts < MaxErrorRestarts;

    public override string ToString() => $"job '{Name}' (#{Id}, {State})";
}
