using Spot.CostModel.Billing;
using Spot.CostModel.Ledger;
using static Spot.CostModel.Tests.Ledger.TestAttempts;

namespace Spot.CostModel.Tests.Billing;

public class OnDemandEquivalentTests
{
    [Fact]
    public void Equivalent_prices_only_the_surviving_seconds_at_each_type_on_demand_price()
    {
        // Attempt 1: 7200 s × 800/1000 surviving steps = 5760 s at $1.00/h = $1.60
        // Attempt 2: 3600 s, all surviving, at $2.00/h = $2.00. Together $3.60
        var first = WorkOf(SpotAttempt(TimeSpan.FromHours(2), AttemptEndReason.SpotInterruption,
            stepsDone: 1000, stepsSinceCheckpoint: 200, onDemandUsdPerHour: 1.00m));
        var second = WorkOf(SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed, attempt: 2,
            start: T0.AddHours(3), stepsDone: 500, onDemandUsdPerHour: 2.00m));

        Assert.Equal(3.60m, OnDemandEquivalent.Usd([first, second]));
    }

    [Fact]
    public void Equivalent_counts_the_work_kept_by_a_free_interruption()
    {
        // 1800 s × 300/400 = 1350 s at $1.00/h = $0.375, though AWS charged nothing for it
        var work = WorkOf(SpotAttempt(TimeSpan.FromMinutes(30), AttemptEndReason.SpotInterruption,
            stepsDone: 400, stepsSinceCheckpoint: 100, onDemandUsdPerHour: 1.00m));

        Assert.Equal(0.375m, OnDemandEquivalent.Usd([work]));
    }

    [Fact]
    public void Equivalent_applies_the_60_second_minimum_once_per_job_at_the_first_price()
    {
        // 20 s + 15 s surviving = 35 s; shortfall 25 s at the first attempt's $3.60/h:
        // 20 × 0.001 + 15 × 0.002 + 25 × 0.001 = 0.02 + 0.03 + 0.025 = $0.075
        var first = WorkOf(SpotAttempt(TimeSpan.FromSeconds(20), AttemptEndReason.UserStopped,
            stepsDone: 10, onDemandUsdPerHour: 3.60m));
        var second = WorkOf(SpotAttempt(TimeSpan.FromSeconds(15), AttemptEndReason.Completed, attempt: 2,
            start: T0.AddMinutes(1), stepsDone: 10, onDemandUsdPerHour: 7.20m));

        Assert.Equal(0.075m, OnDemandEquivalent.Usd([first, second]));
    }

    [Fact]
    public void Equivalent_is_zero_when_no_work_survived()
    {
        var lostEverything = WorkOf(SpotAttempt(TimeSpan.FromHours(2), AttemptEndReason.SpotInterruption,
            stepsDone: 100, stepsSinceCheckpoint: 100));

        Assert.Equal(0m, OnDemandEquivalent.Usd([lostEverything]));
        Assert.Equal(0m, OnDemandEquivalent.Usd([]));
    }
}
