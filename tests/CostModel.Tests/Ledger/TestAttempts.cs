using Spot.CostModel.Billing;
using Spot.CostModel.Ledger;

namespace Spot.CostModel.Tests.Ledger;

/// <summary>Builds attempt records for tests: one segment at the spot price from the start, unless given more.</summary>
internal static class TestAttempts
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static AttemptRecord SpotAttempt(
        TimeSpan? runFor,
        AttemptEndReason? reason,
        decimal usdPerHour = 0.36m,
        string job = "job-a",
        int attempt = 1,
        DateTimeOffset? start = null,
        decimal onDemandUsdPerHour = 1.00m,
        long stepsDone = 0,
        long stepsSinceCheckpoint = 0,
        Market market = Market.Spot,
        IReadOnlyList<PriceSegment>? segments = null)
    {
        var started = start ?? T0;
        return new AttemptRecord(
            job, attempt, $"i-{job}-{attempt}", "g5.xlarge", "usw2-az2", market,
            segments ?? [new PriceSegment(started, usdPerHour)],
            onDemandUsdPerHour, started, runFor is { } d ? started + d : null, reason, stepsDone, stepsSinceCheckpoint);
    }

    /// <summary>The attempt's work, from its final bill.</summary>
    public static AttemptWork WorkOf(AttemptRecord attempt) => AttemptWork.Of(AttemptBiller.Bill(attempt));

    public static AttemptRecord OnDemandAttempt(TimeSpan runFor, AttemptEndReason reason, decimal usdPerHour) =>
        SpotAttempt(runFor, reason, usdPerHour, onDemandUsdPerHour: usdPerHour, market: Market.OnDemand);
}
