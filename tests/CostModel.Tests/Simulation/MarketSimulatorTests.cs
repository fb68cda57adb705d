using Spot.CostModel.Deadline;
using Spot.CostModel.Simulation;

namespace Spot.CostModel.Tests.Simulation;

public class MarketSimulatorTests
{
    // One-hour ticks, $1/h spot, $3/h on-demand, half an hour to start: figures easy to check by hand.
    private static DeadlineJob Job(double work, double deadline, double checkpointEvery = 0) =>
        new(work, deadline, restartOverheadHours: 0.5, spotPricePerHour: 1, onDemandPricePerHour: 3, checkpointEvery);

    [Fact]
    public void Run_on_steady_spot_pays_the_start_once_and_stops_billing_when_the_work_is_done()
    {
        // 0.5 h start + 2 h work = 2.5 h of spot at $1/h, finished at 2.5 h.
        var result = MarketSimulator.Run(Traces.Of("11111"), 0, Job(2, 10), new GreedyPolicy());

        Assert.True(result.MetDeadline);
        Assert.Equal(2.5, result.FinishedAtHours!.Value, 9);
        Assert.Equal(2.5, result.CostUsd, 9);
        Assert.Equal(2.5, result.SpotHours, 9);
        Assert.Equal(1, result.Starts);
        Assert.Equal(0, result.Preemptions);
    }

    [Fact]
    public void Run_loses_work_since_the_last_checkpoint_when_spot_is_preempted()
    {
        // Ticks 0-2 on spot: 0.5 h start, then 2.5 h of work; checkpoints every 1 h make 2 h durable.
        // Tick 3 has no spot: preempted back to 2 h, 0.5 h lost. Tick 4 restarts: 0.5 h start + 0.5 h work (2.5 done),
        // tick 5 reaches 3.5 h and tick 6 needs only 0.5 h more.
        var result = MarketSimulator.Run(Traces.Of("1110111111"), 0, Job(4, 20, checkpointEvery: 1), new GreedyPolicy());

        Assert.Equal(1, result.Preemptions);
        Assert.Equal(0.5, result.LostWorkHours, 9);
        Assert.Equal(2, result.Starts);
        // Spot paid: 3 h before the loss, 1 h in each of ticks 4 and 5, 0.5 h in tick 6.
        Assert.Equal(5.5, result.SpotHours, 9);
        Assert.Equal(5.5, result.CostUsd, 9);
        Assert.Equal(6.5, result.FinishedAtHours!.Value, 9);
        Assert.Equal(1.5, result.OverheadHours, 9); // two starts of 0.5 h and 0.5 h of lost work
    }

    [Fact]
    public void Run_moves_to_on_demand_when_waiting_longer_would_miss_the_deadline()
    {
        // 2 h of work by 3.5 h with no spot at all: waiting one tick leaves 2.5 h, exactly 0.5 h start + 2 h work,
        // so greedy may wait once; at 1 h it must start on-demand and finishes at 3.5 h for 2.5 h × $3.
        var result = MarketSimulator.Run(Traces.Of("0000"), 0, Job(2, 3.5), new GreedyPolicy());

        Assert.True(result.MetDeadline);
        Assert.Equal(3.5, result.FinishedAtHours!.Value, 9);
        Assert.Equal(7.5, result.CostUsd, 9);
        Assert.Equal(2.5, result.OnDemandHours, 9);
    }

    [Fact]
    public void Run_reports_a_miss_when_the_trace_ends_before_the_work()
    {
        var result = MarketSimulator.Run(Traces.Of("11"), 0, Job(5, 10), new GreedyPolicy());

        Assert.False(result.MetDeadline);
        Assert.Null(result.FinishedAtHours);
    }

    [Fact]
    public void Run_starts_at_the_given_tick_of_the_trace()
    {
        // From tick 2 the trace is all spot; from tick 0 it starts with an outage that greedy waits out.
        var fromTwo = MarketSimulator.Run(Traces.Of("001111"), 2, Job(1, 4), new GreedyPolicy());

        Assert.Equal(1.5, fromTwo.FinishedAtHours!.Value, 9);
        Assert.Equal(1.5, fromTwo.CostUsd, 9);
    }
}
