namespace Spot.CostModel.Ledger.Json;

// Reads one attempt object into a record, collecting an issue (with its JSON path) for every missing or unreadable
// field instead of stopping at the first. Ledger rules are checked afterwards by LedgerValidator.
internal sealed class AttemptDtoReader(string path, List<LedgerIssue> issues)
{
    public AttemptRecord? Read(AttemptDto dto)
    {
        var before = issues.Count;
        var job = Required(dto.Job, LedgerFields.Job);
        var attempt = Required(dto.Attempt, LedgerFields.Attempt);
        var instanceId = Required(dto.InstanceId, LedgerFields.InstanceId);
        var instanceType = Required(dto.InstanceType, LedgerFields.InstanceType);
        var zone = Required(dto.AvailabilityZone, LedgerFields.AvailabilityZone);
        var market = EnumValue<Market>(Required(dto.Market, LedgerFields.Market), LedgerFields.Market);
        var onDemand = Required(dto.OnDemandUsdPerHour, LedgerFields.OnDemandUsdPerHour);
        var started = Instant(Required(dto.StartedAt, LedgerFields.StartedAt), LedgerFields.StartedAt);
        var ended = Instant(dto.EndedAt, LedgerFields.EndedAt);
        var reason = EnumValue<AttemptEndReason>(dto.EndReason, LedgerFields.EndReason);
        var steps = Required(dto.StepsDone, LedgerFields.StepsDone);
        var sinceCheckpoint = Required(dto.StepsSinceCheckpoint, LedgerFields.StepsSinceCheckpoint);
        var segments = Segments(dto.PriceSegments);
        if (issues.Count > before)
            return null;
        return new AttemptRecord(job!, attempt!.Value, instanceId!, instanceType!, zone!, market!.Value, segments,
            onDemand!.Value, started!.Value, ended, reason, steps!.Value, sinceCheckpoint!.Value);
    }

    private List<PriceSegment> Segments(List<PriceSegmentDto?>? dtos)
    {
        var segments = new List<PriceSegment>();
        if (Required(dtos, LedgerFields.PriceSegments) is not { } list)
            return segments;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not { } dto)
            {
                Issue($"{LedgerFields.PriceSegments}[{i}]", "must be an object, not null");
                continue;
            }

            var from = Instant(Required(dto.From, LedgerFields.Segment(i, LedgerFields.SegmentFrom)),
                LedgerFields.Segment(i, LedgerFields.SegmentFrom));
            var price = Required(dto.UsdPerHour, LedgerFields.Segment(i, LedgerFields.SegmentUsdPerHour));
            if (from is { } f && price is { } p)
                segments.Add(new PriceSegment(f, p));
        }

        return segments;
    }

    private T? Required<T>(T? value, string field)
        where T : class
    {
        if (value is null)
            Issue(field, "is required");
        return value;
    }

    private T? Required<T>(T? value, string field)
        where T : struct
    {
        if (value is null)
            Issue(field, "is required");
        return value;
    }

    private DateTimeOffset? Instant(string? text, string field)
    {
        if (text is null)
            return null;
        if (LedgerTimestamps.TryParse(text, out var instant))
            return instant;
        Issue(field, $"'{text}' is not {LedgerTimestamps.Expected}");
        return null;
    }

    private TEnum? EnumValue<TEnum>(string? text, string field)
        where TEnum : struct, Enum
    {
        if (text is null)
            return null;
        if (SnakeCaseEnum<TEnum>.TryParse(text, out var value))
            return value;
        Issue(field, $"'{text}' is not one of {SnakeCaseEnum<TEnum>.AllowedNames}");
        return null;
    }

    private void Issue(string field, string message) => issues.Add(new LedgerIssue($"{path}.{field}", message));
}
