using Spot.Launcher.Drills;
using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Tests.Drills;

public sealed class BuiltInDrillPlansTests
{
    public static TheoryData<string> Names => [.. BuiltInDrillPlans.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_built_in_plan_parses_under_its_own_name_with_faults_and_a_description(string name)
    {
        Assert.True(BuiltInDrillPlans.TryGet(name, out var plan));
        Assert.Equal(name, plan.Name);
        Assert.NotEmpty(plan.Faults);
        Assert.False(string.IsNullOrWhiteSpace(plan.Description));
        Assert.Contains(plan.Expect, DrillPlan.Expectable);
    }

    [Fact]
    public void Built_in_plans_cover_the_drills_of_issue_6()
    {
        foreach (var name in new[] { "notice-at-random-step", "kill-no-notice", "interrupt-during-upload", "back-to-back", "corrupt-latest", "budget-runs-out" })
            Assert.Contains(name, BuiltInDrillPlans.Names);
        Assert.Equal(JobState.BudgetExhausted, BuiltInDrillPlans.Get("budget-runs-out").Expect);
    }

    [Fact]
    public void Get_names_an_unknown_plan_and_lists_the_built_in_ones()
    {
        var e = Assert.Throws<DrillPlanException>(() => BuiltInDrillPlans.Get("nope"));
        Assert.StartsWith("--plan: 'nope' is not a built-in plan (notice-at-random-step, ", Assert.Single(e.Problems), StringComparison.Ordinal);
        Assert.False(BuiltInDrillPlans.TryGet("nope", out _));
    }
}
