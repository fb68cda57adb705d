using System.Text.Json.Serialization;

namespace Spot.Trainer.Hosting;

/// <summary>The one JSON line the trainer prints on stdout when it ends (logs go to stderr).</summary>
/// <param name="NoticeDeadline">The interruption notice's time, when one stopped the run.</param>
/// <param name="DeadlineMarginSeconds">How long before that deadline the emergency checkpoint became durable (negative: after).</param>
public sealed record TrainingSummary(
    [property: JsonPropertyName("jobId")] string JobId,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("exitCode")] int ExitCode,
    [property: JsonPropertyName("step")] long Step,
    [property: JsonPropertyName("totalSteps")] long TotalSteps,
    [property: JsonPropertyName("epoch")] int Epoch,
    [property: JsonPropertyName("resumedFromStep")] long? ResumedFromStep,
    [property: JsonPropertyName("loss")] double? Loss,
    [property: JsonPropertyName("testAccuracy")] double? TestAccuracy,
    [property: JsonPropertyName("skippedSteps")] long SkippedSteps,
    [property: JsonPropertyName("lossScale")] double? LossScale,
    [property: JsonPropertyName("lastDurableStep")] long? LastDurableStep,
    [property: JsonPropertyName("parameterHash")] string ParameterHash,
    [property: JsonPropertyName("noticeDeadline")] DateTimeOffset? NoticeDeadline = null,
    [property: JsonPropertyName("deadlineMarginSeconds")] double? DeadlineMarginSeconds = null);
