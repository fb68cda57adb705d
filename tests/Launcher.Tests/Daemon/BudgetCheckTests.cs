using Spot.Launcher.Daemon;

namespace Spot.Launcher.Tests.Daemon;

public sealed class BudgetCheckTests
{
    [Fact]
    public void Spend_plus_the_cost_to_finish_over_the_budget_is_a_breach_that_gives_both_figures()
    {
        // $0.40 spent + 0.5 h at $0.30/h = $0.55 > $0.50.
        var breach = BudgetCheck.Breach(0.40m, 0.5, 0.30m, 0.50m, stepsLeft: 100);

        Assert.Equal("budget: spent $0.4000 + $0.1500 to finish (30 min at $0.3000/h) > $0.50", breach);
    }

    [Fact]
    public void Spend_plus_the_cost_to_finish_within_the_budget_is_no_breach()
    {
        Assert.Null(BudgetCheck.Breach(0.40m, 0.25, 0.30m, 0.50m, stepsLeft: 100)); // $0.475
    }

    [Fact]
    public void Spend_that_reached_the_budget_is_a_breach_even_when_the_cost_to_finish_is_unknown()
    {
        // A stalled trainer reports no step rate; the old guard read that as nothing left to pay and let it run on.
        var breach = BudgetCheck.Breach(0.002792m, hoursLeft: null, 0.1675m, 0.002792m, stepsLeft: 800);

        Assert.Equal("budget: spent $0.0028 of $0.0028 with 800 steps still to train", breach);
    }

    [Fact]
    public void Spend_under_the_budget_with_the_cost_to_finish_unknown_is_no_breach()
    {
        Assert.Null(BudgetCheck.Breach(0.40m, hoursLeft: null, 0.30m, 0.50m, stepsLeft: 800));
    }

    [Fact]
    public void A_trainer_with_no_steps_left_is_not_stopped_for_the_budget_when_its_cost_to_finish_is_unknown()
    {
        // It is finishing: stopping it now would only turn a trained model into a budget failure.
        Assert.Null(BudgetCheck.Breach(0.60m, hoursLeft: null, 0.30m, 0.50m, stepsLeft: 0));
    }
}
