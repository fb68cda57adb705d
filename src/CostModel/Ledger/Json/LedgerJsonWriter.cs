using System.Text.Json;

namespace Spot.CostModel.Ledger.Json;

/// <summary>Writes ledger records in the format <see cref="LedgerJsonReader"/> reads: instants in UTC with a Z,
/// prices exactly as held, running attempts with null end fields.</summary>
public static class LedgerJsonWriter
{
    public static string Write(IEnumerable<AttemptRecord> records) =>
        JsonSerializer.Serialize(ToFile(records), LedgerJson.Options) + "\n";

    public static async Task WriteAsync(Stream stream, IEnumerable<AttemptRecord> records, CancellationToken cancellationToken) =>
        await JsonSerializer.SerializeAsync(stream, ToFile(records), LedgerJson.Options, cancellationToken);

    private static LedgerFileDto ToFile(IEnumerable<AttemptRecord> records) => new()
    {
        Version = LedgerJson.Version,
        Attempts = records.Select(ToDto).ToList<AttemptDto?>(),
    };

    private static AttemptDto ToDto(AttemptRecord r) => new()
    {
        Job = r.Job,
        Attempt = r.Attempt,
        InstanceId = r.InstanceId,
        InstanceType = r.InstanceType,
        AvailabilityZone = r.AvailabilityZone,
        Market = SnakeCaseEnum<Market>.NameOf(r.Market),
        OnDemandUsdPerHour = r.OnDemandUsdPerHour,
        StartedAt = LedgerTimestamps.Write(r.StartedAt),
        EndedAt = r.EndedAt is { } end ? LedgerTimestamps.Write(end) : null,
        EndReason = r.EndReason is { } reason ? SnakeCaseEnum<AttemptEndReason>.NameOf(reason) : null,
        StepsDone = r.StepsDone,
        StepsSinceCheckpoint = r.StepsSinceCheckpoint,
        PriceSegments = r.PriceSegments
            .Select(s => new PriceSegmentDto { From = LedgerTimestamps.Write(s.From), UsdPerHour = s.UsdPerHour })
            .ToList<PriceSegmentDto?>(),
    };
}
