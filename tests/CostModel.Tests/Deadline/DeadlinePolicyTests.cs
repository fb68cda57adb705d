using Spot.CostModel.Deadline;
using Spot.CostModel.Simulation;
using Spot.CostModel.Tests.Simulation;

namespace Spot.CostModel.Tests.Deadline;

public class DeadlinePolicyTests
{
    private static IEnumerable<IDeadlinePolicy> AllPolicies(DeadlineJob job) =>
        [new SpotDeadlinePolicy(job), new SpotDeadlinePolicy(job, upFrontSlackShare: 1), new UniformProgressPolicy(job), new GreedyPolicy(), new OnDemandOnlyPolicy()];

    [Fact]
    public void No_policy_misses_a_feasible_deadline_over_many_random_traces()
    {
        var random = new Random(20261123);
        var runs = 0;
        for (var seed = 0; seed < 300; seed++)
        {
            var tickSeconds = random.Next(60, 900);
            var tick = tickSeconds / 3600.0;
            var work = 2 + random.NextDouble() * 30;
            var restart = random.NextDouble() * tick;
            var deadline = work + restart + random.NextDouble() * work * 0.6;
            var checkpoint = random.Next(3) == 0 ? random.NextDouble() * 2 : 0;
            var job = new DeadlineJob(work, deadline, restart, 0.3 + random.NextDouble(), 3, checkpoint);
            var trace = Traces.Markov(seed, (int)(deadline / tick) + 2, 1 + random.NextDouble() * 40, 1 + random.NextDouble() * 40, tickSeconds);

            foreach (var policy in AllPolicies(job))
            {
                var result = MarketSimulator.Run(trace, 0, job, policy);
                Assert.True(result.MetDeadline,
                    $"seed {seed}: {policy.Name} missed: work {work:F2} h, deadline {deadline:F2} h, restart {restart:F3} h, checkpoint {checkpoint:F2} h, tick {tickSeconds} s");
                runs++;
            }
        }

        Assert.Equal(1500, runs);
    }

    [Fact]
    public void Spot_policy_takes_spot_whenever_it_can_be_had()
    {
        var job = new DeadlineJob(10, 20, 0.1, 1, 3);
        var policy = new SpotDeadlinePolicy(job);

        Assert.Equal(DeadlineAction.Spot, policy.Decide(new DeadlineState(15, 9, 9, DeadlineAction.OnDemand, 0, true, 0.1)));
    }

    [Fact]
    public void Spot_policy_waits_out_an_outage_within_its_up_front_share_of_the_slack()
    {
        // Slack is 10 h: 2.5 h may be idle at once, the other 7.5 h spread over the 20 h. With nothing done, idling is
        // allowed until 2.5 + 7.5 t / 20 = t, that is t = 4 h.
        var job = new DeadlineJob(10, 20, 0.1, 1, 3);
        var policy = new SpotDeadlinePolicy(job);

        Assert.Equal(3.25, policy.IdleAllowanceHours(2), 9);
        Assert.Equal(DeadlineAction.Wait, policy.Decide(new DeadlineState(2, 10, 10, DeadlineAction.Wait, 0, false, 0.1)));
        Assert.Equal(DeadlineAction.OnDemand, policy.Decide(new DeadlineState(4.1, 10, 10, DeadlineAction.Wait, 0, false, 0.1)));
    }

    [Fact]
    public void Spot_policy_stays_on_demand_through_an_outage_even_when_ahead_of_the_line()
    {
        // Far ahead of the progress line (8 of 10 h done at 9 h), yet leaving on-demand to wait would pay a restart.
        var job = new DeadlineJob(10, 20, 0.1, 1, 3);
        var policy = new SpotDeadlinePolicy(job);

        Assert.Equal(DeadlineAction.OnDemand, policy.Decide(new DeadlineState(9, 2, 2, DeadlineAction.OnDemand, 0, false, 0.1)));
        Assert.Equal(DeadlineAction.Wait, policy.Decide(new DeadlineState(9, 2, 2, DeadlineAction.Wait, 0, false, 0.1)));
    }

    [Fact]
    public void Uniform_progress_uses_on_demand_only_while_behind_the_line()
    {
        var job = new DeadlineJob(10, 20, 0.1, 1, 3);
        var policy = new UniformProgressPolicy(job);

        Assert.Equal(DeadlineAction.OnDemand, policy.Decide(new DeadlineState(10, 6, 6, DeadlineAction.Wait, 0, false, 0.1))); // 4 done < 5 expected
        Assert.Equal(DeadlineAction.Wait, policy.Decide(new DeadlineState(10, 4, 4, DeadlineAction.OnDemand, 0, false, 0.1)));  // 6 done > 5
    }

    [Fact]
    public void Spot_policy_costs_less_than_greedy_and_plain_uniform_progress_on_bursty_traces()
    {
        double spot = 0, greedy = 0, uniform = 0;
        var job = new DeadlineJob(24, 34, 0.05, 0.97, 3.06);
        for (var seed = 0; seed < 60; seed++)
        {
            var trace = Traces.Markov(seed, 800, meanUpTicks: 15, meanDownTicks: 10, tickSeconds: 195);
            spot += MarketSimulator.Run(trace, 0, job, new SpotDeadlinePolicy(job)).CostUsd;
            greedy += MarketSimulator.Run(trace, 0, job, new GreedyPolicy()).CostUsd;
            uniform += MarketSimulator.Run(trace, 0, job, new UniformProgressPolicy(job)).CostUsd;
        }

        Assert.True(spot < greedy, $"spot ${spot:F0} vs greedy ${greedy:F0}");
        Assert.True(spot < uniform, $"spot ${spot:F0} vs uniform progress ${uniform:F0}");
    }

    [Fact]
    public void Spot_policy_rejects_an_up_front_share_outside_zero_to_one()
    {
        var job = new DeadlineJob(10, 20, 0.1, 1, 3);

        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotDeadlinePolicy(job, 1.5));
    }

    [Theory]
    [InlineData(0, 20, 0.1, "workHours")]
    [InlineData(10, 10, 0.1, "deadlineHours")]
    [InlineData(10, 20, -1, "restartOverheadHours")]
    public void Deadline_job_names_the_bad_field(double work, double deadline, double restart, string field)
    {
        var error = Assert.Throws<ArgumentException>(() => new DeadlineJob(work, deadline, restart, 1, 3));

        Assert.Equal(field, error.ParamName);
    }
}
