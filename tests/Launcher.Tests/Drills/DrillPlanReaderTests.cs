using Spot.Launcher.Drills;
using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Tests.Drills;

public sealed class DrillPlanReaderTests
{
    private static string Plan(string faults, string head = "name: p") => $"{head}\nfaults:\n{faults}\n";

    private static IReadOnlyList<string> Problems(string yaml) => Assert.Throws<DrillPlanException>(() => DrillPlanReader.Read(yaml)).Problems;

    [Fact]
    public void Read_gives_name_description_expectation_and_each_trigger_form()
    {
        var plan = DrillPlanReader.Read("""
            name: mixed
            description: every trigger
            expect: budget_exhausted
            faults:
              - {kind: interrupt, at_step: 30%}
              - {kind: kill, at_step: 120}
              - {kind: rebalance_then_interrupt, at_step: random}
              - {kind: ec2_throttle, share: 0.25, for: 1m30s, after: 90s}
              - {kind: s3_errors, share: 1, for: 60s, status: 500}
              - {kind: drain_pool}
            """);
        Assert.Equal("mixed", plan.Name);
        Assert.Equal("every trigger", plan.Description);
        Assert.Equal(JobState.BudgetExhausted, plan.Expect);
        Assert.Equal(
        [
            new DrillFault(DrillFaultKind.InterruptWithNotice, new DrillTrigger(null, false, null, 0.3)),
            new DrillFault(DrillFaultKind.KillWithoutNotice, new DrillTrigger(120, false, null)),
            new DrillFault(DrillFaultKind.RebalanceThenInterrupt, new DrillTrigger(null, true, null)),
            new DrillFault(DrillFaultKind.Ec2Throttle, new DrillTrigger(null, false, TimeSpan.FromSeconds(90)), 0.25, TimeSpan.FromSeconds(90)),
            new DrillFault(DrillFaultKind.S3Errors, DrillTrigger.AfterPrevious, 1, TimeSpan.FromSeconds(60), 500),
            new DrillFault(DrillFaultKind.DrainCurrentPool, DrillTrigger.AfterPrevious),
        ], plan.Faults);
    }

    [Fact]
    public void Read_expects_success_when_expect_is_left_out()
    {
        Assert.Equal(JobState.Succeeded, DrillPlanReader.Read(Plan("  - {kind: kill}")).Expect);
    }

    [Fact]
    public void Read_names_an_unknown_key_at_the_top_and_in_a_fault_with_the_keys_allowed()
    {
        var problems = Problems("name: p\nnmae: q\nfaults:\n  - {kind: kill, at: 30%}\n");
        Assert.Contains("nmae: unknown key; allowed here: name, description, expect, faults", problems);
        Assert.Contains("faults[0].at: unknown key; allowed here: kind, at_step, after, share, for, status", problems);
    }

    [Fact]
    public void Read_names_a_kind_that_is_not_a_fault_and_lists_the_kinds()
    {
        var problem = Assert.Single(Problems(Plan("  - {kind: explode}")));
        Assert.StartsWith("faults[0].kind: 'explode' is not one of interrupt, kill, ", problem, StringComparison.Ordinal);
        Assert.Contains("corrupt_latest", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("0")]
    [InlineData("-0.1")]
    [InlineData("half")]
    public void Read_refuses_a_share_outside_0_to_1(string share)
    {
        Assert.Equal(["faults[0].share: required, a number above 0 and at most 1 (the share of calls that fail)"],
            Problems(Plan($"  - {{kind: ec2_throttle, share: {share}, for: 60s}}")));
    }

    [Fact]
    public void Read_requires_share_and_for_on_a_lasting_fault()
    {
        var problems = Problems(Plan("  - {kind: s3_errors}"));
        Assert.Contains("faults[0].share: required, a number above 0 and at most 1 (the share of calls that fail)", problems);
        Assert.Contains(problems, p => p.StartsWith("faults[0].for: required, how long the fault stays on, as whole numbers", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_refuses_a_for_of_zero_or_in_the_wrong_form()
    {
        Assert.StartsWith("faults[0].for: required", Assert.Single(Problems(Plan("  - {kind: ec2_throttle, share: 0.3, for: 0s}"))), StringComparison.Ordinal);
        Assert.StartsWith("faults[0].for: required", Assert.Single(Problems(Plan("  - {kind: ec2_throttle, share: 0.3, for: a minute}"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_refuses_status_on_a_fault_other_than_s3_errors()
    {
        Assert.Equal(["faults[0].status: only s3_errors takes it, and it must be 500 or 503"],
            Problems(Plan("  - {kind: ec2_throttle, share: 0.3, for: 60s, status: 503}")));
        Assert.Equal(["faults[0].status: only ec2_throttle and s3_errors take it"], Problems(Plan("  - {kind: interrupt, status: 503}")));
        Assert.Equal(["faults[0].status: only s3_errors takes it, and it must be 500 or 503"],
            Problems(Plan("  - {kind: s3_errors, share: 0.3, for: 60s, status: 404}")));
    }

    [Fact]
    public void Read_refuses_share_and_for_on_a_fault_that_does_not_last()
    {
        Assert.Equal(["faults[0].share: only ec2_throttle and s3_errors take it", "faults[0].for: only ec2_throttle and s3_errors take it"],
            Problems(Plan("  - {kind: kill, share: 0.5, for: 60s}")));
    }

    [Theory]
    [InlineData("0%", "faults[0].at_step: '0%' must be a share of the job's steps above 0% and below 100%")]
    [InlineData("100%", "faults[0].at_step: '100%' must be a share of the job's steps above 0% and below 100%")]
    [InlineData("abc", "faults[0].at_step: 'abc' must be a whole number of steps (0 or more), a share such as 30%, or 'random'")]
    [InlineData("-5", "faults[0].at_step: '-5' must be a whole number of steps (0 or more), a share such as 30%, or 'random'")]
    public void Read_names_an_at_step_that_is_no_step_share_or_random(string atStep, string problem)
    {
        Assert.Equal([problem], Problems(Plan($"  - {{kind: interrupt, at_step: '{atStep}'}}")));
    }

    [Fact]
    public void Read_takes_a_share_of_the_steps_as_a_fraction()
    {
        Assert.Equal(0.3, DrillPlanReader.Read(Plan("  - {kind: interrupt, at_step: 30%}")).Faults[0].Trigger.AtFraction);
    }

    [Fact]
    public void Read_refuses_both_at_step_and_after_on_one_fault()
    {
        Assert.Equal(["faults[0].at_step/after: give one trigger, not both"], Problems(Plan("  - {kind: interrupt, at_step: 10, after: 30s}")));
    }

    [Fact]
    public void Read_names_an_after_that_is_not_a_duration()
    {
        Assert.StartsWith("faults[0].after: 'soon' must be whole numbers with units", Assert.Single(Problems(Plan("  - {kind: interrupt, after: soon}"))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: p\nfaults: []\n")]
    [InlineData("name: p\n")]
    [InlineData("name: p\nfaults: interrupt\n")]
    public void Read_requires_a_non_empty_list_of_faults(string yaml)
    {
        Assert.Equal(["faults: must be a non-empty list of faults"], Problems(yaml));
    }

    [Fact]
    public void Read_names_a_fault_that_is_not_a_mapping()
    {
        Assert.Equal(["faults[0]: must be a mapping with at least 'kind'"], Problems(Plan("  - interrupt")));
    }

    [Fact]
    public void Read_requires_a_name_and_a_kind()
    {
        var problems = Problems("faults:\n  - {at_step: 10}\n");
        Assert.Contains("name: required", problems);
        Assert.Contains("faults[0].kind: required", problems);
    }

    [Fact]
    public void Read_names_an_expectation_that_is_not_a_terminal_state_a_plan_may_expect()
    {
        Assert.Equal(["expect: 'failed' is not one of succeeded, budget_exhausted, deadline_missed"], Problems(Plan("  - {kind: kill}", "name: p\nexpect: failed")));
    }

    [Fact]
    public void Read_reports_invalid_yaml_with_its_line()
    {
        Assert.StartsWith("plan: not valid YAML at line 2", Assert.Single(Problems("name: p\ndescription: a: b\nfaults:\n  - {kind: kill}\n")), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_refuses_a_document_that_is_not_a_mapping()
    {
        Assert.Equal(["plan: must be one YAML mapping with 'name' and 'faults'"], Problems("- kill\n- interrupt\n"));
    }

    [Fact]
    public void Read_reports_every_problem_at_once()
    {
        Assert.Equal(3, Problems("name: p\nfaults:\n  - {kind: explode}\n  - {kind: interrupt, at_step: 0%}\n  - {kind: kill, status: 500}\n").Count);
    }

    [Fact]
    public async Task ReadFileAsync_names_a_path_that_is_neither_a_plan_nor_a_file()
    {
        var e = await Assert.ThrowsAsync<DrillPlanException>(() => DrillPlanReader.ReadFileAsync("no-such-plan.yaml", CancellationToken.None));
        Assert.Equal(["--plan: 'no-such-plan.yaml' is neither a built-in plan nor an existing file"], e.Problems);
    }

    [Fact]
    public void SnakeName_spells_states_as_plan_files_do()
    {
        Assert.Equal("budget_exhausted", DrillPlanReader.SnakeName(JobState.BudgetExhausted));
        Assert.Equal("succeeded", DrillPlanReader.SnakeName(JobState.Succeeded));
    }
}
