using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;
using Spot.Launcher.Tests.Jobs.State;
using static Spot.Launcher.Jobs.State.JobState;

namespace Spot.Launcher.Tests.Store;

public sealed class JobStoreTransitionTests : StoreTestBase
{
    protected override bool StartsWithJob => false;

    public static TheoryData<JobState, JobState> LegalEdges
    {
        get
        {
            var data = new TheoryData<JobState, JobState>();
            foreach (var (from, to) in JobTransitionsTests.Legal)
                data.Add(from, to);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(LegalEdges))]
    public async Task TransitionAsync_moves_the_job_and_records_time_and_reason_when_the_edge_is_legal(JobState from, JobState to)
    {
        var job = await Store.CreateJobAsync(StoreTestKit.Job(maxErrorRestarts: 1), None);
        await WalkAsync(job.Id, PathTo(from));
        Kit.Time.Advance(TimeSpan.FromSeconds(90));

        var moved = await Store.TransitionAsync(job.Id, from, to, "edge under test", None);

        var at = Kit.Time.GetUtcNow();
        Assert.Equal((to, at), (moved.State, moved.UpdatedAt));
        Assert.Equal(new StateTransition(job.Id, from, to, at, "edge under test"),
            (await Store.ListTransitionsAsync(job.Id, None))[^1]);
    }

    [Theory]
    [InlineData(Pending, Running)]
    [InlineData(Placing, Succeeded)]
    [InlineData(Interrupted, Running)]
    [InlineData(Succeeded, Placing)]
    [InlineData(Cancelled, Pending)]
    public async Task TransitionAsync_throws_naming_job_and_states_and_changes_nothing_when_the_edge_is_illegal(
        JobState from, JobState to)
    {
        var job = await Store.CreateJobAsync(StoreTestKit.Job(), None);
        await WalkAsync(job.Id, PathTo(from));
        var before = await Store.ListTransitionsAsync(job.Id, None);

        var error = await Assert.ThrowsAsync<IllegalJobTransitionException>(
            () => Store.TransitionAsync(job.Id, from, to, "bad", None));

        Assert.StartsWith($"Job 'resnet' cannot move from {from} to {to}:", error.Message);
        Assert.Equal(from, (await Store.FindJobAsync(job.Id, None))!.State);
        Assert.Equal(before, await Store.ListTransitionsAsync(job.Id, None));
    }

    [Fact]
    public async Task TransitionAsync_throws_stale_naming_the_actual_state_when_the_job_has_moved_on()
    {
        var job = await Store.CreateJobAsync(StoreTestKit.Job(), None);
        await Store.TransitionAsync(job.Id, Pending, Cancelled, "user", None);

        var error = await Assert.ThrowsAsync<StaleJobStateException>(
            () => Store.TransitionAsync(job.Id, Pending, Placing, "reconcile", None));

        Assert.Equal("Job 'resnet' could not move from Pending to Placing: it is now Cancelled.", error.Message);
        Assert.Equal(Cancelled, error.Actual);
    }

    [Fact]
    public async Task TransitionAsync_lets_exactly_one_of_two_stores_win_when_both_move_from_the_same_state()
    {
        var job = await Store.CreateJobAsync(StoreTestKit.Job(), None);
        var other = await Kit.OpenAsync();
        using var gate = new ManualResetEventSlim();

        // Two stores on one file stand for the daemon and a CLI process racing on the same job.
        Task<JobRecord> Race(SqliteJobStore store, JobState to) => Task.Run(() =>
        {
            gate.Wait();
            return store.TransitionAsync(job.Id, Pending, to, $"race to {to}", None);
        });
        var placing = Race(Store, Placing);
        var cancelling = Race(other, Cancelled);
        gate.Set();
        var outcomes = await Task.WhenAll(OutcomeAsync(placing), OutcomeAsync(cancelling));

        var winner = Assert.Single(outcomes, o => o.Error is null).Job!;
        var stale = Assert.IsType<StaleJobStateException>(Assert.Single(outcomes, o => o.Error is not null).Error);
        Assert.Equal(winner.State, stale.Actual);
        Assert.Equal(winner.State, (await Store.FindJobAsync(job.Id, None))!.State);
        Assert.Equal(2, (await Store.ListTransitionsAsync(job.Id, None)).Count);
    }

    [Fact]
    public async Task TransitionAsync_counts_interruptions_and_error_restarts_when_the_job_enters_those_states()
    {
        var job = await Store.CreateJobAsync(StoreTestKit.Job(maxErrorRestarts: 2), None);
        await WalkAsync(job.Id, [Placing, Launching, Running, Interrupted, Placing, Launching, Running, Restarting,
            Placing, Launching, Running, Interrupted]);

        var stored = (await Store.FindJobAsync(job.Id, None))!;

        Assert.Equal((2, 1), (stored.Interruptions, stored.ErrorRestarts));
        Assert.True(stored.HasErrorRestartsLeft);
    }

    [Fact]
    public async Task TransitionAsync_refuses_restarting_and_leaves_the_job_running_when_no_error_restarts_remain()
    {
        var job = await Store.CreateJobAsync(StoreTestKit.Job(maxErrorRestarts: 1), None);
        await WalkAsync(job.Id, [Placing, Launching, Running, Restarting, Placing, Launching, Running]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Store.TransitionAsync(job.Id, Running, Restarting, "trainer exit 1", None));

        Assert.Equal("Job 'resnet' cannot move to Restarting: it has used 1 of its 1 error restarts; move it to Failed instead.",
            error.Message);
        var stored = (await Store.FindJobAsync(job.Id, None))!;
        Assert.Equal((Running, 1), (stored.State, stored.ErrorRestarts));
    }

    [Fact]
    public async Task TransitionAsync_throws_not_found_naming_the_id_when_the_job_does_not_exist()
    {
        var error = await Assert.ThrowsAsync<JobNotFoundException>(
            () => Store.TransitionAsync(99, Pending, Placing, "x", None));

        Assert.Equal("The job store holds no job #99.", error.Message);
    }

    [Fact]
    public async Task TransitionAsync_throws_naming_the_reason_argument_when_the_reason_is_blank()
    {
        var job = await Store.CreateJobAsync(StoreTestKit.Job(), None);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.TransitionAsync(job.Id, Pending, Placing, " ", None));

        Assert.Equal("reason", error.ParamName);
    }

    private static async Task<(JobRecord? Job, Exception? Error)> OutcomeAsync(Task<JobRecord> move)
    {
        try
        {
            return (await move, null);
        }
        catch (Exception error)
        {
            return (null, error);
        }
    }

    // The shortest legal path from Pending, found over the transition table itself.
    private static List<JobState> PathTo(JobState target)
    {
        var previous = new Dictionary<JobState, JobState> { [Pending] = Pending };
        var queue = new Queue<JobState>([Pending]);
        while (queue.TryDequeue(out var state) && !previous.ContainsKey(target))
        {
            foreach (var next in JobTransitions.AllowedFrom(state).Where(n => previous.TryAdd(n, state)))
                queue.Enqueue(next);
        }

        var path = new List<JobState>();
        for (var state = target; state != Pending; state = previous[state])
            path.Insert(0, state);
        return path;
    }

    private async Task WalkAsync(long jobId, IEnumerable<JobState> path)
    {
        var current = (await Store.FindJobAsync(jobId, None))!.State;
        foreach (var next in path)
        {
            await Store.TransitionAsync(jobId, current, next, "setup", None);
            current = next;
        }
    }
}
