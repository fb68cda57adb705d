using System.Text.Json.Serialization;

namespace Spot.Contracts.Checkpoints;

/// <summary>
/// The commit record of one checkpoint. It is written after every part is durable and before the <c>latest</c>
/// pointer moves, so a reader that finds it can verify each part by size and SHA-256 before trusting any byte.
/// </summary>
public sealed record CheckpointManifest(
    [property: JsonPropertyName("formatVersion")] int FormatVersion,
    [property: JsonPropertyName("checkpointId")] string CheckpointId,
    [property: JsonPropertyName("jobId")] string JobId,
    [property: JsonPropertyName("step")] long Step,
    [property: JsonPropertyName("epoch")] int Epoch,
    [property: JsonPropertyName("precision")] string Precision,
    [property: JsonPropertyName("createdAt")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("parts")] IReadOnlyList<CheckpointPart> Parts,
    [property: JsonPropertyName("metrics")] IReadOnlyDictionary<string, double> Metrics);

/// <summary>One stored part of a checkpoint, named as the store names it.</summary>
public sealed record CheckpointPart(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("sizeBytes")] long SizeBytes,
    [property: JsonPropertyName("sha256")] string Sha256);
