using Spot.CostModel.Ledger;
using Spot.CostModel.Reporting;
using static Spot.CostModel.Tests.Ledger.TestAttempts;

namespace Spot.CostModel.Tests.Reporting;

public class SpendReportBuilderTests
{
    // llama, spot at $0.36/h against on-demand $1.00/h:
    //   1: 2 h, interrupted, 1000 steps, 200 lost: spend $0.72, wasted $0.144, on-demand 5760 s = $1.60
    //   2: 30 min, interrupted in the first hour, 400 steps, 100 lost: spend $0, on-demand 1350 s = $0.375
    //   3: 1 h, completed, 500 steps: spend $0.36, on-demand $1.00
    // bert, on-demand at $0.50/h: 1 h, completed: spend $0.50, on-demand $0.50
    private static readonly AttemptRecord[] Ledger =
    [
        SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed, job: "llama", attempt: 3, start: T0.AddHours(4),
            stepsDone: 500),
        SpotAttempt(TimeSpan.FromHours(2), AttemptEndReason.SpotInterruption, job: "llama", attempt: 1,
            stepsDone: 1000, stepsSinceCheckpoint: 200),
        OnDemandAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed, 0.50m) with
        {
            Job = "bert", StartedAt = T0.AddHours(1), EndedAt = T0.AddHours(2), StepsDone = 100,
            PriceSegments = [new PriceSegment(T0.AddHours(1), 0.50m)],
        },
        SpotAttempt(TimeSpan.FromMinutes(30), AttemptEndReason.SpotInterruption, job: "llama", attempt: 2,
            start: T0.AddHours(3), stepsDone: 400, stepsSinceCheckpoint: 100),
    ];

    private static readonly SpendReport Report = SpendReportBuilder.Build(Ledger, T0.AddDays(1));

    [Fact]
    public void Build_sums_each_job_spend_equivalent_waste_attempts_and_interruptions()
    {
        var llama = Report.Jobs[0].Summary;

        Assert.Equal(new SpendSummary(1.08m, 2.975m, 0.144m, 300, 3, 2), llama);
        Assert.Equal(new SpendSummary(0.50m, 0.50m, 0m, 0, 1, 0), Report.Jobs[1].Summary);
    }

    [Fact]
    public void Build_orders_jobs_by_first_start_and_attempts_by_number()
    {
        Assert.Equal(["llama", "bert"], Report.Jobs.Select(j => j.Job));
        Assert.Equal([1, 2, 3], Report.Jobs[0].Attempts.Select(a => a.Attempt.Attempt));
    }

    [Fact]
    public void Build_totals_the_jobs()
    {
        Assert.Equal(new SpendSummary(1.58m, 3.475m, 0.144m, 300, 4, 2), Report.Total);
    }

    [Fact]
    public void SavingsPct_is_the_share_of_on_demand_saved()
    {
        // llama: (2.975 − 1.08) / 2.975 = 63.697…%; bert: 0%; total: (3.475 − 1.58) / 3.475 = 54.532…%
        Assert.Equal(63.6975m, Math.Round(Report.Jobs[0].Summary.SavingsPct!.Value, 4));
        Assert.Equal(0m, Report.Jobs[1].Summary.SavingsPct);
        Assert.Equal(54.5324m, Math.Round(Report.Total.SavingsPct!.Value, 4));
    }

    [Fact]
    public void SavingsPct_is_negative_when_spend_beats_on_demand_and_null_without_an_equivalent()
    {
        Assert.Equal(-50m, new SpendSummary(1.5m, 1m, 0m, 0, 1, 0).SavingsPct);
        Assert.Null(SpendSummary.Zero.SavingsPct);
    }

    [Fact]
    public void Build_gives_a_cumulative_curve_with_a_point_at_each_attempt_start_and_end()
    {
        SpendPoint[] expected =
        [
            new(T0, 0m, 0m),
            new(T0.AddHours(2), 0.72m, 1.60m),
            new(T0.AddHours(3), 0.72m, 1.60m),
            new(T0.AddHours(3.5), 0.72m, 1.975m),
            new(T0.AddHours(4), 0.72m, 1.975m),
            new(T0.AddHours(5), 1.08m, 2.975m),
        ];

        Assert.Equal(expected, Report.Jobs[0].Series);
    }

    [Fact]
    public void Build_bills_a_running_attempt_as_of_the_instant_given()
    {
        // Running since T0 at $0.36/h; as of T0 + 90 min: 5400 s = $0.54, on-demand 5400 s at $1.00/h = $1.50
        var running = SpotAttempt(null, null, stepsDone: 300, stepsSinceCheckpoint: 40);

        var job = Assert.Single(SpendReportBuilder.Build([running], T0.AddMinutes(90)).Jobs);

        Assert.Equal(1, job.RunningAttempts);
        Assert.Equal(new SpendSummary(0.54m, 1.50m, 0m, 0, 1, 0), job.Summary);
        Assert.Equal(T0.AddMinutes(90), job.Series[^1].At);
    }

    [Fact]
    public void Build_refuses_records_that_break_ledger_rules()
    {
        var twice = SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed);

        Assert.Throws<LedgerValidationException>(() => SpendReportBuilder.Build([twice, twice], T0));
    }

    [Fact]
    public void Build_of_an_empty_ledger_is_an_empty_report()
    {
        var report = SpendReportBuilder.Build([], T0);

        Assert.Empty(report.Jobs);
        Assert.Equal(SpendSummary.Zero, report.Total);
    }
}
