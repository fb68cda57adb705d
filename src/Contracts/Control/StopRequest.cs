using System.Text.Json.Serialization;

namespace Spot.Contracts.Control;

/// <summary>
/// The launcher asking a running trainer to write a final checkpoint and stop (the budget guard does). It is one
/// object beside the job's status; the trainer polls it with the interruption notice and treats it like one, with
/// <see cref="Deadline"/> as the time by which the checkpoint must be durable.
/// </summary>
public sealed record StopRequest(
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("requestedAt")] DateTimeOffset RequestedAt,
    [property: JsonPropertyName("deadline")] DateTimeOffset Deadline);

public static class StopRequestLayout
{
    public const string ObjectName = "stop-request.json";
}
