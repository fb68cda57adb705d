using Spot.CostModel.Ledger;

namespace Spot.CostModel.Billing;

/// <summary>
/// Bills attempts as AWS bills Linux instances: per second, segment by segment (each segment's whole seconds times
/// its price), with a 60 s minimum whose shortfall is charged at the first segment's price (see
/// <see cref="MinimumCharge"/>). A spot instance that AWS interrupts within its first hour costs nothing; after the
/// first hour its seconds used are charged. Every other end (completed, stopped or terminated by the user, failed,
/// budget, deadline) is our own stop or terminate, so the seconds used are charged, in the first hour too.
/// </summary>
public static class AttemptBiller
{
    /// <summary>Bills an ended attempt.</summary>
    /// <exception cref="InvalidOperationException">The attempt is still running: use <see cref="BillAsOf"/>.</exception>
    public static AttemptBill Bill(AttemptRecord attempt) =>
        attempt.EndedAt is { } end
            ? BillUntil(attempt, end, isProvisional: false)
            : throw new InvalidOperationException($"{attempt} is still running; bill it as of an instant instead.");

    /// <summary>
    /// Bills an attempt as of <paramref name="asOf"/>, which the caller reads from its clock. An ended attempt gets
    /// its final bill whatever the instant. A running attempt is billed as if we stopped it at that instant, so its
    /// first hour is charged: only a later interruption by AWS could still waive it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A running attempt is billed as of an instant before its start.</exception>
    public static AttemptBill BillAsOf(AttemptRecord attempt, DateTimeOffset asOf)
    {
        if (attempt.EndedAt is not null)
            return Bill(attempt);
        if (asOf < attempt.StartedAt)
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf,
                $"{attempt} started at {attempt.StartedAt:O}; it cannot be billed as of an earlier instant.");
        return BillUntil(attempt, asOf, isProvisional: true);
    }

    private static AttemptBill BillUntil(AttemptRecord attempt, DateTimeOffset end, bool isProvisional)
    {
        var used = BillableSeconds.Between(attempt.StartedAt, end);
        var segments = SplitBySegment(attempt, used);
        var minimum = MinimumCharge.Of(segments.Select(s => new MeteredPiece(s.Seconds, s.UsdPerHour)).ToList());
        var waived = !isProvisional
            && attempt.Market == Market.Spot
            && attempt.EndReason == AttemptEndReason.SpotInterruption
            && end - attempt.StartedAt < AwsBillingRules.FreeSpotInterruptionWindow;
        return new AttemptBill(attempt, end, isProvisional, used, segments, minimum, waived);
    }

    // Segment boundaries are rounded up to whole seconds from the start, like the end, so the segments' seconds
    // sum exactly to the seconds used; a partial second goes to the segment it began in.
    private static List<BilledSegment> SplitBySegment(AttemptRecord attempt, long usedSeconds)
    {
        var segments = attempt.PriceSegments;
        var billed = new List<BilledSegment>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            var from = Offset(attempt.StartedAt, segments[i].From, usedSeconds);
            var to = i + 1 < segments.Count ? Offset(attempt.StartedAt, segments[i + 1].From, usedSeconds) : usedSeconds;
            billed.Add(new BilledSegment(segments[i].From, to - from, segments[i].UsdPerHour));
        }

        return billed;
    }

    private static long Offset(DateTimeOffset start, DateTimeOffset instant, long usedSeconds) =>
        Math.Min(BillableSeconds.Between(start, instant), usedSeconds);
}
