using Spot.CostModel;
using Spot.CostModel.Ledger;

namespace Spot.Launcher.Store;

/// <summary>One attempt as stored. Steps are the trainer's global step numbers: the attempt resumed at
/// <see cref="StartStep"/>, has reached <see cref="LastStep"/>, and has made <see cref="LastDurableStep"/> durable.</summary>
/// <param name="RequestedAt">When the attempt was recorded, just before the launch call.</param>
/// <param name="LaunchedAt">When EC2 returned the instance id.</param>
/// <param name="StartedAt">When the instance started running; billing starts here.</param>
public sealed record StoredAttempt(
    long JobId,
    string JobName,
    int Attempt,
    string ClientToken,
    string? InstanceId,
    string InstanceType,
    string AvailabilityZone,
    string Region,
    Market Market,
    decimal? MaxUsdPerHour,
    decimal OnDemandUsdPerHour,
    AttemptState State,
    DateTimeOffset RequestedAt,
    DateTimeOffset? LaunchedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    AttemptEndReason? EndReason,
    int? TrainerExitCode,
    long StartStep,
    long LastStep,
    long? LastDurableStep)
{
    public bool IsLive => State != AttemptState.Ended;

    /// <summary>Steps this attempt ran, including any that a later attempt redoes.</summary>
    public long StepsDone => LastStep - StartStep;

    /// <summary>Steps run after the newest durable checkpoint; lost if the attempt ends now.</summary>
    public long StepsSinceCheckpoint => LastStep - Math.Max(StartStep, LastDurableStep ?? StartStep);

    public override string ToString() => $"job '{JobName}' attempt {Attempt}";
}
