using Spot.CostModel.Billing;
using Spot.CostModel.Ledger;
using static Spot.CostModel.Tests.Ledger.TestAttempts;

namespace Spot.CostModel.Tests.Billing;

public class AttemptBillerTests
{
    // Most cases run one spot segment at $0.36/h, which is $0.0001 a second.
    private static AttemptBill BillSpot(TimeSpan runFor, AttemptEndReason reason) =>
        AttemptBiller.Bill(SpotAttempt(runFor, reason, 0.36m));

    [Fact]
    public void Bill_charges_each_second_used_at_the_spot_price()
    {
        // 2 h 0 min 30 s = 7230 s at $0.36/h = 7230 × 0.0001 = $0.723
        var bill = BillSpot(TimeSpan.FromSeconds(7230), AttemptEndReason.Completed);

        Assert.Equal(7230, bill.UsedSeconds);
        Assert.Equal(7230, bill.BilledSeconds);
        Assert.Equal(0.723m, bill.ChargeUsd);
    }

    [Fact]
    public void Bill_counts_a_partial_second_as_a_whole_one()
    {
        // 90.2 s is billed as 91 s: 91 × 0.0001 = $0.0091
        var bill = BillSpot(TimeSpan.FromMilliseconds(90_200), AttemptEndReason.Completed);

        Assert.Equal(91, bill.UsedSeconds);
        Assert.Equal(0.0091m, bill.ChargeUsd);
    }

    [Fact]
    public void Bill_charges_the_60_second_minimum_when_the_instance_ran_less()
    {
        // 42 s used, 60 s billed at $0.36/h = 60 × 0.0001 = $0.006
        var bill = BillSpot(TimeSpan.FromSeconds(42), AttemptEndReason.UserTerminated);

        Assert.Equal(42, bill.UsedSeconds);
        Assert.Equal(18m, bill.Minimum.ShortfallSeconds);
        Assert.Equal(60, bill.BilledSeconds);
        Assert.Equal(0.006m, bill.ChargeUsd);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1800)]
    [InlineData(3599)]
    public void Bill_is_zero_when_AWS_interrupts_a_spot_instance_within_its_first_hour(int seconds)
    {
        var bill = BillSpot(TimeSpan.FromSeconds(seconds), AttemptEndReason.SpotInterruption);

        Assert.True(bill.WaivedForSpotInterruption);
        Assert.Equal(0m, bill.ChargeUsd);
        Assert.Equal(0, bill.BilledSeconds);
        Assert.Equal(seconds < 60 ? 0.006m : seconds * 0.0001m, bill.MeteredUsd);
    }

    [Fact]
    public void Bill_charges_the_seconds_used_when_AWS_interrupts_a_spot_instance_after_its_first_hour()
    {
        // 1 h 30 min 15 s = 5415 s at $0.36/h = $0.5415
        var bill = BillSpot(TimeSpan.FromSeconds(5415), AttemptEndReason.SpotInterruption);

        Assert.False(bill.WaivedForSpotInterruption);
        Assert.Equal(0.5415m, bill.ChargeUsd);
    }

    [Fact]
    public void Bill_charges_the_whole_first_hour_when_AWS_interrupts_at_exactly_one_hour()
    {
        // The free window is "within the first hour": 3600 s at $0.36/h = $0.36
        var bill = BillSpot(TimeSpan.FromHours(1), AttemptEndReason.SpotInterruption);

        Assert.Equal(0.36m, bill.ChargeUsd);
    }

    [Theory]
    [InlineData(AttemptEndReason.UserStopped)]
    [InlineData(AttemptEndReason.UserTerminated)]
    [InlineData(AttemptEndReason.Failed)]
    [InlineData(AttemptEndReason.BudgetExhausted)]
    [InlineData(AttemptEndReason.DeadlineExceeded)]
    [InlineData(AttemptEndReason.Completed)]
    public void Bill_charges_the_seconds_used_when_we_end_a_spot_instance_within_its_first_hour(AttemptEndReason reason)
    {
        // 20 min = 1200 s at $0.36/h = $0.12
        var bill = BillSpot(TimeSpan.FromMinutes(20), reason);

        Assert.False(bill.WaivedForSpotInterruption);
        Assert.Equal(0.12m, bill.ChargeUsd);
    }

    [Fact]
    public void Bill_charges_an_on_demand_instance_per_second_at_its_price()
    {
        // 45 min = 2700 s at $3.06/h = 2700 × 3.06 / 3600 = $2.295
        var bill = AttemptBiller.Bill(OnDemandAttempt(TimeSpan.FromMinutes(45), AttemptEndReason.Completed, 3.06m));

        Assert.Equal(2.295m, bill.ChargeUsd);
    }

    [Fact]
    public void Bill_charges_each_price_segment_its_own_seconds_at_its_own_price()
    {
        // 9000 s at $0.3635/h = $0.90875; 6165 s at $0.4121/h = 2540.5965 / 3600 = $0.70572125; sum $1.61447125
        var attempt = SpotAttempt(new TimeSpan(4, 12, 45), AttemptEndReason.SpotInterruption, segments:
            [new PriceSegment(T0, 0.3635m), new PriceSegment(T0.AddHours(2.5), 0.4121m)]);

        var bill = AttemptBiller.Bill(attempt);

        Assert.Equal([9000L, 6165L], bill.Segments.Select(s => s.Seconds));
        Assert.Equal(0.90875m, bill.Segments[0].Usd);
        Assert.Equal(0.70572125m, bill.Segments[1].Usd);
        Assert.Equal(1.61447125m, bill.ChargeUsd);
    }

    [Fact]
    public void Bill_charges_the_minimum_shortfall_at_the_first_segment_price()
    {
        // 25 s at $0.36/h = $0.0025, 15 s at $0.72/h = $0.003, shortfall 20 s at $0.36/h = $0.002: $0.0075
        var attempt = SpotAttempt(TimeSpan.FromSeconds(40), AttemptEndReason.UserTerminated, segments:
            [new PriceSegment(T0, 0.36m), new PriceSegment(T0.AddSeconds(25), 0.72m)]);

        var bill = AttemptBiller.Bill(attempt);

        Assert.Equal(0.0055m, bill.Minimum.UsageUsd);
        Assert.Equal(20m, bill.Minimum.ShortfallSeconds);
        Assert.Equal(0.002m, bill.Minimum.ShortfallUsd);
        Assert.Equal(0.0075m, bill.ChargeUsd);
    }

    [Fact]
    public void BillAsOf_bills_a_running_attempt_up_to_the_instant_given_and_marks_it_provisional()
    {
        // Running since 10:00 at $0.36/h, the price rising to $0.72/h at 10:45; as of 10:30: 1800 s = $0.18
        var running = SpotAttempt(null, null, segments:
            [new PriceSegment(T0, 0.36m), new PriceSegment(T0.AddMinutes(45), 0.72m)]);

        var bill = AttemptBiller.BillAsOf(running, T0.AddMinutes(30));

        Assert.True(bill.IsProvisional);
        Assert.Equal(T0.AddMinutes(30), bill.BilledUntil);
        Assert.Equal([1800L, 0L], bill.Segments.Select(s => s.Seconds));
        Assert.Equal(0.18m, bill.ChargeUsd);
    }

    [Fact]
    public void BillAsOf_gives_an_ended_attempt_its_final_bill_whatever_the_instant()
    {
        var ended = SpotAttempt(TimeSpan.FromMinutes(20), AttemptEndReason.UserStopped, 0.36m);

        Assert.Equal(0.12m, AttemptBiller.BillAsOf(ended, T0.AddDays(3)).ChargeUsd);
    }

    [Fact]
    public void BillAsOf_refuses_an_instant_before_a_running_attempt_started()
    {
        var running = SpotAttempt(null, null);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AttemptBiller.BillAsOf(running, T0.AddSeconds(-1)));
        Assert.Contains("job 'job-a' attempt 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bill_refuses_a_running_attempt()
    {
        Assert.Throws<InvalidOperationException>(() => AttemptBiller.Bill(SpotAttempt(null, null)));
    }
}
