using Spot.CostModel.Deadline;
using Spot.CostModel.Simulation;

namespace Spot.CostModel.Tests.Simulation;

public class OmniscientOptimumTests
{
    private static DeadlineJob Job(double work, double deadline, double restart = 0.5) =>
        new(work, deadline, restart, spotPricePerHour: 1, onDemandPricePerHour: 3);

    [Fact]
    public void Cost_on_steady_spot_is_one_start_and_the_work_at_the_spot_price()
    {
        Assert.Equal(2.5, OmniscientOptimum.Cost(Traces.Of("1111"), 0, Job(2, 4))!.Value, 9);
    }

    [Fact]
    public void Cost_without_spot_is_on_demand_for_the_start_and_the_work()
    {
        Assert.Equal(7.5, OmniscientOptimum.Cost(Traces.Of("0000"), 0, Job(2, 4))!.Value, 9);
    }

    [Fact]
    public void Cost_waits_for_spot_that_comes_back_in_time()
    {
        // Spot only from tick 2: waiting two ticks and then 2.5 h of spot beats anything on on-demand.
        Assert.Equal(2.5, OmniscientOptimum.Cost(Traces.Of("001111"), 0, Job(2, 5))!.Value, 9);
    }

    [Fact]
    public void Cost_fills_the_gap_between_spot_spells_with_on_demand_only_when_the_deadline_needs_it()
    {
        // 3 h of work by 4 h with spot in ticks 0 and 3 only. Best: spot tick 0 (0.5 start + 0.5 work, $1),
        // on-demand ticks 1-2 (0.5 start + 1.5 work, $6), then spot in tick 3 would need another start and only
        // 0.5 h of work, while 1 h remains: so on-demand carries on for 1 h more in tick 3 ($3). Total $10.
        // The alternative, all on-demand from tick 0 (3.5 h × $3 = $10.50), costs more.
        Assert.Equal(10, OmniscientOptimum.Cost(Traces.Of("1001"), 0, Job(3, 4))!.Value, 9);
    }

    [Fact]
    public void Cost_is_null_when_the_trace_ends_before_even_on_demand_could_finish()
    {
        // 0.5 h start + 2 h of work need 2.5 h; the trace has 2.
        Assert.Null(OmniscientOptimum.Cost(Traces.Of("11"), 0, Job(2, 3)));
    }

    [Fact]
    public void Quantize_finds_quanta_that_divide_the_tick_and_the_restart()
    {
        // The public traces tick every 195 s; a 0.05 h restart is 180 s: 15 s quanta, 13 a tick and 12 a restart.
        Assert.Equal((13, 12), OmniscientOptimum.Quantize(195 / 3600.0, 0.05));
        Assert.Equal((2, 1), OmniscientOptimum.Quantize(1, 0.5));
    }

    [Fact]
    public void Quantize_refuses_a_restart_longer_than_a_tick()
    {
        Assert.Throws<ArgumentException>(() => OmniscientOptimum.Quantize(0.1, 0.2));
    }

    [Fact]
    public void Cost_is_never_above_what_any_online_policy_pays()
    {
        var tick = 195 / 3600.0;
        for (var seed = 0; seed < 40; seed++)
        {
            var trace = Traces.Markov(seed, length: 700, meanUpTicks: 12, meanDownTicks: 6 + seed % 7, tick * 3600);
            var job = new DeadlineJob(20, 24 + seed % 10, 0.05, 0.97, 3.06);
            var optimum = OmniscientOptimum.Cost(trace, 0, job)!.Value;
            foreach (var policy in new IDeadlinePolicy[] { new SpotDeadlinePolicy(job), new GreedyPolicy(), new UniformProgressPolicy(job), new OnDemandOnlyPolicy() })
                Assert.True(optimum <= MarketSimulator.Run(trace, 0, job, policy).CostUsd + 1e-9, $"seed {seed}, {policy.Name}");
        }
    }
}
