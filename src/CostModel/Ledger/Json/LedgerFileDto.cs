using System.Text.Json.Serialization;

namespace Spot.CostModel.Ledger.Json;

// The JSON ledger file as written on disk. Every member is nullable so the reader, not the serializer, reports
// what is missing, with the JSON path. Enums and instants are strings for the same reason.
internal sealed class LedgerFileDto
{
    [JsonPropertyName("version")]
    public int? Version { get; set; }

    [JsonPropertyName(LedgerFields.Attempts)]
    public List<AttemptDto?>? Attempts { get; set; }
}

internal sealed class AttemptDto
{
    [JsonPropertyName(LedgerFields.Job)]
    public string? Job { get; set; }

    [JsonPropertyName(LedgerFields.Attempt)]
    public int? Attempt { get; set; }

    [JsonPropertyName(LedgerFields.InstanceId)]
    public string? InstanceId { get; set; }

    [JsonPropertyName(LedgerFields.InstanceType)]
    public string? InstanceType { get; set; }

    [JsonPropertyName(LedgerFields.AvailabilityZone)]
    public string? AvailabilityZone { get; set; }

    [JsonPropertyName(LedgerFields.Market)]
    public string? Market { get; set; }

    [JsonPropertyName(LedgerFields.OnDemandUsdPerHour)]
    public decimal? OnDemandUsdPerHour { get; set; }

    [JsonPropertyName(LedgerFields.StartedAt)]
    public string? StartedAt { get; set; }

    [JsonPropertyName(LedgerFields.EndedAt)]
    public string? EndedAt { get; set; }

    [JsonPropertyName(LedgerFields.EndReason)]
    public string? EndReason { get; set; }

    [JsonPropertyName(LedgerFields.StepsDone)]
    public long? StepsDone { get; set; }

    [JsonPropertyName(LedgerFields.StepsSinceCheckpoint)]
    public long? StepsSinceCheckpoint { get; set; }

    [JsonPropertyName(LedgerFields.PriceSegments)]
    public List<PriceSegmentDto?>? PriceSegments { get; set; }
}

internal sealed class PriceSegmentDto
{
    [JsonPropertyName(LedgerFields.SegmentFrom)]
    public string? From { get; set; }

    [JsonPropertyName(LedgerFields.SegmentUsdPerHour)]
    public decimal? UsdPerHour { get; set; }
}
