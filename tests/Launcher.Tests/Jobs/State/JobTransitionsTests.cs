using Spot.Launcher.Jobs.State;
using static Spot.Launcher.Jobs.State.JobState;

namespace Spot.Launcher.Tests.Jobs.State;

public sealed class JobTransitionsTests
{
    // Written out by hand from the design, so a change to the table must change this list too.
    internal static readonly (JobState From, JobState To)[] Legal =
    [
        (Pending, Placing), (Pending, Cancelled),
        (Placing, Launching), (Placing, Failed), (Placing, Cancelled), (Placing, BudgetExhausted),
        (Placing, DeadlineMissed),
        (Launching, Running), (Launching, Placing), (Launching, Interrupted), (Launching, Failed),
        (Launching, Cancelled), (Launching, BudgetExhausted), (Launching, DeadlineMissed),
        (Running, Succeeded), (Running, Interrupted), (Running, Restarting), (Running, Failed), (Running, Cancelled),
        (Running, BudgetExhausted), (Running, DeadlineMissed),
        (Interrupted, Placing), (Interrupted, Cancelled), (Interrupted, BudgetExhausted), (Interrupted, DeadlineMissed),
        (Restarting, Placing), (Restarting, Cancelled), (Restarting, BudgetExhausted), (Restarting, DeadlineMissed),
    ];

    public static TheoryData<JobState> TerminalStates => new(Succeeded, Failed, Cancelled, BudgetExhausted, DeadlineMissed);

    [Fact]
    public void IsAllowed_matches_the_hand_written_edge_list_for_every_pair_of_states()
    {
        var states = Enum.GetValues<JobState>();
        var allowed = states.SelectMany(from => states.Where(to => JobTransitions.IsAllowed(from, to)).Select(to => (from, to)));

        Assert.Equal(Legal.OrderBy(e => e.From).ThenBy(e => e.To), allowed.OrderBy(e => e.from).ThenBy(e => e.to));
    }

    [Theory]
    [MemberData(nameof(TerminalStates))]
    public void IsTerminal_is_true_and_no_move_is_allowed_when_the_state_is_terminal(JobState state)
    {
        Assert.True(JobTransitions.IsTerminal(state));
        Assert.Empty(JobTransitions.AllowedFrom(state));
        Assert.All(Enum.GetValues<JobState>(), to => Assert.False(JobTransitions.IsAllowed(state, to)));
    }

    [Theory]
    [InlineData(Pending)]
    [InlineData(Placing)]
    [InlineData(Launching)]
    [InlineData(Running)]
    [InlineData(Interrupted)]
    [InlineData(Restarting)]
    public void IsTerminal_is_false_and_cancellation_is_allowed_when_the_state_is_active(JobState state)
    {
        Assert.False(JobTransitions.IsTerminal(state));
        Assert.True(JobTransitions.IsAllowed(state, Cancelled));
    }

    [Fact]
    public void EnsureAllowed_throws_naming_the_job_and_both_states_when_a_step_is_skipped()
    {
        var error = Assert.Throws<IllegalJobTransitionException>(() => JobTransitions.EnsureAllowed("resnet", Pending, Running));

        Assert.Equal(("resnet", Pending, Running), (error.Job, error.From, error.To));
        Assert.Equal("Job 'resnet' cannot move from Pending to Running: Pending may only move to Placing, Cancelled.",
            error.Message);
    }

    [Fact]
    public void EnsureAllowed_says_the_state_is_terminal_when_a_finished_job_is_moved()
    {
        var error = Assert.Throws<IllegalJobTransitionException>(
            () => JobTransitions.EnsureAllowed("resnet", Succeeded, Placing));

        Assert.Equal("Job 'resnet' cannot move from Succeeded to Placing: Succeeded is terminal and accepts no transition.",
            error.Message);
    }

    [Theory]
    [InlineData(Running, Pending)]
    [InlineData(Interrupted, Running)]
    [InlineData(Restarting, Running)]
    [InlineData(Placing, Running)]
    [InlineData(Pending, Succeeded)]
    public void EnsureAllowed_throws_when_the_move_goes_around_placement(JobState from, JobState to)
    {
        Assert.Throws<IllegalJobTransitionException>(() => JobTransitions.EnsureAllowed("resnet", from, to));
    }

    [Fact]
    public void EnsureAllowed_passes_when_the_move_is_in_the_table()
    {
        foreach (var (from, to) in Legal)
            JobTransitions.EnsureAllowed("resnet", from, to);
    }
}
