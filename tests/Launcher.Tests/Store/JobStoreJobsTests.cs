using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;

namespace Spot.Launcher.Tests.Store;

public sealed class JobStoreJobsTests : StoreTestBase
{
    protected override bool StartsWithJob => false;

    [Fact]
    public async Task CreateJobAsync_stores_the_job_as_pending_with_zero_counters_when_the_name_is_new()
    {
        var deadline = new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.FromHours(1));
        var created = await Store.CreateJobAsync(
            new NewJob("resnet", "name: resnet\n", 12.50m, deadline, MaxErrorRestarts: 3), None);

        var expected = new JobRecord(created.Id, created.Uid, "resnet", "name: resnet\n", JobState.Pending,
            StoreTestKit.Start, StoreTestKit.Start, 12.50m, deadline, 3, 0, 0);
        Assert.Equal(expected, created);
        Assert.Equal(32, created.Uid.Length);
        Assert.Equal(expected, await Store.FindJobAsync(created.Id, None));
        Assert.Equal(expected, await Store.FindJobByNameAsync("resnet", None));
    }

    [Fact]
    public async Task CreateJobAsync_records_the_submission_as_the_first_transition_when_a_job_is_created()
    {
        var job = await Store.CreateJobAsync(StoreTestKit.Job(), None);

        var history = await Store.ListTransitionsAsync(job.Id, None);

        Assert.Equal([new StateTransition(job.Id, null, JobState.Pending, StoreTestKit.Start, "submitted")], history);
    }

    [Fact]
    public async Task CreateJobAsync_throws_naming_the_job_and_keeps_the_first_when_the_name_is_taken()
    {
        var first = await Store.CreateJobAsync(StoreTestKit.Job("resnet", budgetUsd: 5m), None);

        var error = await Assert.ThrowsAsync<JobNameTakenException>(
            () => Store.CreateJobAsync(StoreTestKit.Job("resnet", budgetUsd: 9m), None));

        Assert.Equal($"A job named 'resnet' already exists (job #{first.Id}); submit it under another name.", error.Message);
        Assert.Equal([first], await Store.ListJobsAsync(None));
    }

    [Theory]
    [InlineData("", 10, 1, "Name")]
    [InlineData(" resnet", 10, 1, "Name")]
    [InlineData("resnet", 0, 1, "BudgetUsd")]
    [InlineData("resnet", -1, 1, "BudgetUsd")]
    [InlineData("resnet", 10, -1, "MaxErrorRestarts")]
    public async Task CreateJobAsync_throws_naming_the_field_and_stores_nothing_when_a_field_breaks_a_rule(
        string name, int budget, int restarts, string field)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.CreateJobAsync(new NewJob(name, "x: 1\n", budget, null, restarts), None));

        Assert.Equal(field, error.ParamName);
        Assert.Empty(await Store.ListJobsAsync(None));
    }

    [Fact]
    public async Task CreateJobAsync_throws_naming_the_job_when_the_spec_is_empty()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.CreateJobAsync(new NewJob("resnet", "  ", 1m, null, 0), None));

        Assert.StartsWith("Job 'resnet': the spec YAML must not be empty.", error.Message);
    }

    [Fact]
    public async Task ListActiveJobsAsync_leaves_out_terminal_jobs_when_some_have_finished()
    {
        var running = await Store.CreateJobAsync(StoreTestKit.Job("a"), None);
        var cancelled = await Store.CreateJobAsync(StoreTestKit.Job("b"), None);
        var pending = await Store.CreateJobAsync(StoreTestKit.Job("c"), None);
        await Store.TransitionAsync(running.Id, JobState.Pending, JobState.Placing, "placing", None);
        await Store.TransitionAsync(cancelled.Id, JobState.Pending, JobState.Cancelled, "user", None);

        var active = await Store.ListActiveJobsAsync(None);

        Assert.Equal(["a", "c"], active.Select(j => j.Name));
        Assert.Equal(3, (await Store.ListJobsAsync(None)).Count);
        Assert.Equal(pending, active[1]);
    }

    [Fact]
    public async Task FindJobAsync_returns_null_when_no_job_has_the_id_or_name()
    {
        Assert.Null(await Store.FindJobAsync(42, None));
        Assert.Null(await Store.FindJobByNameAsync("nope", None));
    }
}
