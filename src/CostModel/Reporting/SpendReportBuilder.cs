using Spot.CostModel.Billing;
using Spot.CostModel.Ledger;

namespace Spot.CostModel.Reporting;

/// <summary>Builds the spend report from ledger records. Running attempts are billed as of the instant given; the
/// builder reads no clock.</summary>
public static class SpendReportBuilder
{
    /// <summary>Jobs come in the order they first started (then by name); attempts in attempt order.</summary>
    /// <exception cref="LedgerValidationException">The records break a ledger rule.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A running attempt started after <paramref name="asOf"/>.</exception>
    public static SpendReport Build(IReadOnlyList<AttemptRecord> records, DateTimeOffset asOf)
    {
        LedgerValidator.EnsureValid(records);
        var jobs = records
            .GroupBy(r => r.Job, StringComparer.Ordinal)
            .Select(g => BuildJob(g.Key, g.OrderBy(r => r.Attempt).ToList(), asOf))
            .OrderBy(j => j.Attempts[0].Attempt.StartedAt)
            .ThenBy(j => j.Job, StringComparer.Ordinal)
            .ToList();
        var total = jobs.Aggregate(SpendSummary.Zero, (sum, job) => sum.Add(job.Summary));
        return new SpendReport(asOf, jobs, total);
    }

    private static JobSpend BuildJob(string job, List<AttemptRecord> attempts, DateTimeOffset asOf)
    {
        var works = new List<AttemptWork>(attempts.Count);
        var series = new List<SpendPoint>(attempts.Count * 2);
        var spend = 0m;
        var onDemand = 0m;
        foreach (var attempt in attempts)
        {
            series.Add(new SpendPoint(attempt.StartedAt, spend, onDemand));
            var work = AttemptWork.Of(AttemptBiller.BillAsOf(attempt, asOf));
            works.Add(work);
            spend += work.Bill.ChargeUsd;
            // The on-demand curve is the equivalent of the work so far, so the job's 60 s minimum counts once.
            onDemand = OnDemandEquivalent.Usd(works);
            series.Add(new SpendPoint(work.Bill.BilledUntil, spend, onDemand));
        }

        var summary = new SpendSummary(
            spend,
            onDemand,
            works.Sum(w => w.WastedUsd),
            works.Sum(w => w.LostSteps),
            works.Count,
            works.Count(w => w.Attempt.WasInterruptedByAws));
        return new JobSpend(job, summary, works, series);
    }
}
