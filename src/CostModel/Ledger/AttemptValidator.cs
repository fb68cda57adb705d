namespace Spot.CostModel.Ledger;

/// <summary>The rules one attempt record must keep on its own. Rules across records live in
/// <see cref="LedgerValidator"/>.</summary>
public static class AttemptValidator
{
    public static IReadOnlyList<LedgerError> Validate(AttemptRecord record, int index)
    {
        var errors = new List<LedgerError>();
        void Fail(string field, string message) =>
            errors.Add(new LedgerError(index, record.Job, record.Attempt, field, message));

        RequireText(record.Job, LedgerFields.Job, Fail);
        RequireText(record.InstanceId, LedgerFields.InstanceId, Fail);
        RequireText(record.InstanceType, LedgerFields.InstanceType, Fail);
        RequireText(record.AvailabilityZone, LedgerFields.AvailabilityZone, Fail);
        if (record.Attempt < 1)
            Fail(LedgerFields.Attempt, $"must be 1 or more, was {record.Attempt}");
        if (!Enum.IsDefined(record.Market))
            Fail(LedgerFields.Market, $"unknown market {(int)record.Market}");
        if (record.OnDemandUsdPerHour < 0)
            Fail(LedgerFields.OnDemandUsdPerHour, $"must not be negative, was {record.OnDemandUsdPerHour}");

        ValidateEnd(record, Fail);
        ValidateSteps(record, Fail);
        ValidateSegments(record, Fail);
        return errors;
    }

    private static void RequireText(string value, string field, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(value))
            fail(field, "must not be empty");
    }

    private static void ValidateEnd(AttemptRecord record, Action<string, string> fail)
    {
        if (record.EndedAt is { } end && end < record.StartedAt)
            fail(LedgerFields.EndedAt, $"{end:O} is before {LedgerFields.StartedAt} {record.StartedAt:O}");
        if (record.EndedAt is null && record.EndReason is not null)
            fail(LedgerFields.EndReason, $"is set but {LedgerFields.EndedAt} is missing (a running attempt has neither)");
        if (record.EndedAt is not null && record.EndReason is null)
            fail(LedgerFields.EndReason, $"is missing but {LedgerFields.EndedAt} is set (an ended attempt needs both)");
        if (record.EndReason is { } reason && !Enum.IsDefined(reason))
            fail(LedgerFields.EndReason, $"unknown end reason {(int)reason}");
        if (record.EndReason == AttemptEndReason.SpotInterruption && record.Market != Market.Spot)
            fail(LedgerFields.EndReason, "a spot interruption needs market spot");
    }

    private static void ValidateSteps(AttemptRecord record, Action<string, string> fail)
    {
        if (record.StepsDone < 0)
            fail(LedgerFields.StepsDone, $"must not be negative, was {record.StepsDone}");
        if (record.StepsSinceCheckpoint < 0)
            fail(LedgerFields.StepsSinceCheckpoint, $"must not be negative, was {record.StepsSinceCheckpoint}");
        if (record.StepsDone >= 0 && record.StepsSinceCheckpoint > record.StepsDone)
            fail(LedgerFields.StepsSinceCheckpoint,
                $"{record.StepsSinceCheckpoint} is more than {LedgerFields.StepsDone} {record.StepsDone}");
    }

    private static void ValidateSegments(AttemptRecord record, Action<string, string> fail)
    {
        var segments = record.PriceSegments;
        if (segments is null || segments.Count == 0)
        {
            fail(LedgerFields.PriceSegments, "needs at least one segment");
            return;
        }

        if (segments[0].From != record.StartedAt)
            fail(LedgerFields.Segment(0, LedgerFields.SegmentFrom),
                $"{segments[0].From:O} must equal {LedgerFields.StartedAt} {record.StartedAt:O}");
        for (var i = 0; i < segments.Count; i++)
        {
            var from = segments[i].From;
            if (segments[i].UsdPerHour < 0)
                fail(LedgerFields.Segment(i, LedgerFields.SegmentUsdPerHour),
                    $"must not be negative, was {segments[i].UsdPerHour}");
            if (i == 0)
                continue;
            if (from <= segments[i - 1].From)
                fail(LedgerFields.Segment(i, LedgerFields.SegmentFrom),
                    $"{from:O} must be after the previous segment's {segments[i - 1].From:O}");
            if (record.EndedAt is { } end && from >= end)
                fail(LedgerFields.Segment(i, LedgerFields.SegmentFrom),
                    $"{from:O} is not before {LedgerFields.EndedAt} {end:O}");
        }
    }
}
