using System.Text.Json.Serialization;

namespace Spot.Contracts.Status;

/// <summary>What a trainer says about itself; the launcher reads it to follow progress and the last durable step.</summary>
/// <param name="StepsPerSecond">The attempt's mean since its training loop began (0 before its first step).</param>
/// <param name="AttemptId">The attempt that wrote it, so a status left by an earlier attempt is told apart; null when unnamed.</param>
public sealed record TrainerStatus(
    [property: JsonPropertyName("jobId")] string JobId,
    [property: JsonPropertyName("rank")] int Rank,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("step")] long Step,
    [property: JsonPropertyName("totalSteps")] long TotalSteps,
    [property: JsonPropertyName("epoch")] int Epoch,
    [property: JsonPropertyName("loss")] double? Loss,
    [property: JsonPropertyName("stepsPerSecond")] double StepsPerSecond,
    [property: JsonPropertyName("lastDurableStep")] long? LastDurableStep,
    [property: JsonPropertyName("precision")] string Precision,
    [property: JsonPropertyName("lossScale")] double? LossScale,
    [property: JsonPropertyName("testAccuracy")] double? TestAccuracy,
    [property: JsonPropertyName("updatedAt")] DateTimeOffset UpdatedAt,
    [property: JsonPropertyName("attemptId")] string? AttemptId = null);

/// <summary>Values of <see cref="TrainerStatus.State"/>.</summary>
public static class TrainerStates
{
    public const string Starting = "starting";
    public const string Training = "training";
    public const string Finished = "finished";

    /// <summary>Stopped early with a durable checkpoint (a notice, a signal, or a planned stop step).</summary>
    public const string Preempted = "preempted";

    public const string Failed = "failed";
}

/// <summary>Where the status lives: one object beside the job's checkpoints, replaced whole on each update.</summary>
public static class TrainerStatusLayout
{
    public const string ObjectName = "status.json";
}
