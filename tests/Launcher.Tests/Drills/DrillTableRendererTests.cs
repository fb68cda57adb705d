using Spectre.Console.Testing;
using Spot.Launcher.Cli.Drills;
using Spot.Launcher.Drills;
using static Spot.Launcher.Tests.Drills.DrillReportSamples;

namespace Spot.Launcher.Tests.Drills;

public sealed class DrillTableRendererTests
{
    private static string[] Render(DrillReport report)
    {
        var console = new TestConsole().Width(250);
        DrillTableRenderer.Render(console, report);
        return console.Output.Split('\n');
    }

    private static string Row(string[] lines, string start) =>
        Assert.Single(lines, l => l.TrimStart().StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void Runs_table_has_a_row_per_run_with_result_state_faults_losses_recovery_weights_and_leftover()
    {
        var lines = Render(new DrillReport([Passed, Failed]));
        Assert.Equal(["1", "kill-no-notice", "3", "PASS", "succeeded", "1/1", "10", "8.3", "s", "match", "0"], Words(Row(lines, "1 ")));
        Assert.Equal(["2", "random-4", "4", "FAIL", "running", "1/2", "20", "-", "DIFFER", "1"], Words(Row(lines, "2 ")));
    }

    [Fact]
    public void Totals_line_sums_passes_faults_steps_and_leftovers()
    {
        var lines = Render(new DrillReport([Passed, Failed]));
        Assert.Equal(["Total", "1/2", "passed", "2/3", "30", "8.3", "s", "DIFFER", "1"], Words(Row(lines, "Total")));
    }

    [Fact]
    public void Series_lists_the_failures_of_each_failed_run_but_no_fault_timeline()
    {
        var text = string.Join('\n', Render(new DrillReport([Passed, Failed])));
        Assert.Contains("Failures of random-4 (seed 4):", text, StringComparison.Ordinal);
        Assert.Contains("  - 1 instance(s) left running", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Failures of kill-no-notice", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fault timeline", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_passed_run_adds_its_fault_timeline_and_says_every_check_passed()
    {
        var lines = Render(new DrillReport([Passed]));
        Assert.Contains(lines, l => l.Contains("Fault timeline of kill-no-notice (seed 3)", StringComparison.Ordinal));
        var kill = Row(lines, "kill ");
        foreach (var cell in new[] { "at 35 % of the steps", "yes", "12.5 s", "i-0aaa", "210", "8.3 s", "terminated i-0aaa", "attempt 1 lost: terminated" })
            Assert.Contains(cell, kill, StringComparison.Ordinal);
        Assert.Contains("Every check passed.", lines);
    }

    [Fact]
    public void Single_failed_run_marks_the_fault_that_never_fired_and_lists_its_failures()
    {
        var lines = Render(new DrillReport([Failed]));
        Assert.Equal(["kill", "at", "60", "%", "of", "the", "steps", "NO", "300.0", "s", "-", "-", "-", "-", "-", "-"], Words(Row(lines, "kill ")));
        Assert.Contains("Failures of random-4:", lines);
        Assert.Contains("  - the job was still Running when the drill ran out of time", lines);
        Assert.DoesNotContain("Every check passed.", lines);
    }

    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
