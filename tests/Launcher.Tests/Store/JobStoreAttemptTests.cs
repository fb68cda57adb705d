using Spot.CostModel;
using Spot.CostModel.Ledger;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;

namespace Spot.Launcher.Tests.Store;

public sealed class JobStoreAttemptTests : StoreTestBase
{
    [Fact]
    public async Task CreateAttemptAsync_records_attempt_one_as_requested_with_a_token_from_the_job_uid_when_the_job_has_none()
    {
        var attempt = await Store.CreateAttemptAsync(Job.Id,
            new NewAttempt("g5.xlarge", "us-east-1a", "us-east-1", Market.Spot, 0.50m, 1.006m, StartStep: 0), None);

        var expected = new StoredAttempt(Job.Id, "resnet", 1, $"spot-{Job.Uid}-1", null, "g5.xlarge", "us-east-1a",
            "us-east-1", Market.Spot, 0.50m, 1.006m, AttemptState.Requested, StoreTestKit.Start, null, null, null, null,
            null, 0, 0, null);
        Assert.Equal(expected, attempt);
        Assert.Equal(expected, await Store.FindAttemptAsync(Job.Id, 1, None));
        Assert.True(attempt.ClientToken.Length <= 64);
    }

    [Fact]
    public async Task CreateAttemptAsync_numbers_the_next_attempt_after_the_last_when_the_previous_one_ended()
    {
        await LaunchRunAndCloseAsync(1);

        var second = await Store.CreateAttemptAsync(Job.Id, StoreTestKit.SpotAttempt(startStep: 400), None);

        Assert.Equal((2, $"spot-{Job.Uid}-2", 400L, 400L), (second.Attempt, second.ClientToken, second.StartStep, second.LastStep));
        Assert.Equal([1, 2], (await Store.ListAttemptsAsync(Job.Id, None)).Select(a => a.Attempt));
    }

    [Fact]
    public async Task CreateAttemptAsync_refuses_a_second_attempt_naming_the_live_one_when_the_first_is_not_closed()
    {
        await Store.CreateAttemptAsync(Job.Id, StoreTestKit.SpotAttempt(), None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Store.CreateAttemptAsync(Job.Id, StoreTestKit.SpotAttempt(), None));

        Assert.Equal("Job 'resnet' still has attempt 1 Requested; close it before recording another.", error.Message);
    }

    [Fact]
    public async Task CreateAttemptAsync_refuses_naming_the_state_when_the_job_is_terminal()
    {
        await Store.TransitionAsync(Job.Id, JobState.Pending, JobState.Cancelled, "user", None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Store.CreateAttemptAsync(Job.Id, StoreTestKit.SpotAttempt(), None));

        Assert.Equal("Job 'resnet' is Cancelled; a finished job takes no new attempt.", error.Message);
    }

    [Theory]
    [InlineData("", "us-east-1a", "us-east-1", 0, "InstanceType")]
    [InlineData("g5.xlarge", " ", "us-east-1", 0, "AvailabilityZone")]
    [InlineData("g5.xlarge", "us-east-1a", "", 0, "Region")]
    [InlineData("g5.xlarge", "us-east-1a", "us-east-1", -1, "StartStep")]
    public async Task CreateAttemptAsync_throws_naming_the_field_when_the_placement_breaks_a_rule(
        string type, string zone, string region, long startStep, string field)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateAttemptAsync(Job.Id,
            new NewAttempt(type, zone, region, Market.OnDemand, null, 1m, startStep), None));

        Assert.Equal(field, error.ParamName);
    }

    [Fact]
    public async Task MarkAttemptLaunchedAsync_changes_nothing_when_repeated_with_the_same_instance()
    {
        await Store.CreateAttemptAsync(Job.Id, StoreTestKit.SpotAttempt(), None);
        var first = await Store.MarkAttemptLaunchedAsync(Job.Id, 1, "i-0abc", None);
        Kit.Time.Advance(TimeSpan.FromSeconds(5));

        var again = await Store.MarkAttemptLaunchedAsync(Job.Id, 1, "i-0abc", None);

        Assert.Equal((AttemptState.Launched, "i-0abc", StoreTestKit.Start), (first.State, first.InstanceId, first.LaunchedAt));
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task MarkAttemptLaunchedAsync_throws_naming_both_instances_when_another_instance_is_recorded()
    {
        await Store.CreateAttemptAsync(Job.Id, StoreTestKit.SpotAttempt(), None);
        await Store.MarkAttemptLaunchedAsync(Job.Id, 1, "i-0abc", None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Store.MarkAttemptLaunchedAsync(Job.Id, 1, "i-0def", None));

        Assert.Equal("job 'resnet' attempt 1 is Launched on instance i-0abc; it cannot be launched as i-0def.", error.Message);
    }

    [Fact]
    public async Task MarkAttemptRunningAsync_refuses_naming_the_state_when_no_instance_was_launched()
    {
        await Store.CreateAttemptAsync(Job.Id, StoreTestKit.SpotAttempt(), None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Store.MarkAttemptRunningAsync(Job.Id, 1, StoreTestKit.Start, 0.3m, None));

        Assert.Equal("job 'resnet' attempt 1 is Requested; only a Launched attempt can start running.", error.Message);
    }

    [Fact]
    public async Task RecordProgressAsync_keeps_the_newest_steps_when_an_older_report_arrives_late()
    {
        await LaunchAndRunAsync(startStep: 100);
        await Store.RecordProgressAsync(Job.Id, 1, step: 900, lastDurableStep: 800, None);

        var stored = await Store.RecordProgressAsync(Job.Id, 1, step: 500, lastDurableStep: 400, None);

        Assert.Equal((900L, 800L, 800L, 100L), (stored.LastStep, stored.LastDurableStep, stored.StepsDone, stored.StepsSinceCheckpoint));
    }

    [Fact]
    public async Task RecordProgressAsync_throws_naming_the_resume_step_when_the_step_is_before_it()
    {
        await LaunchAndRunAsync(startStep: 100);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.RecordProgressAsync(Job.Id, 1, step: 50, lastDurableStep: null, None));

        Assert.StartsWith("job 'resnet' attempt 1 resumed at step 100; a report of step 50 cannot be its own.", error.Message);
    }

    [Fact]
    public async Task ListLiveAttemptsAsync_returns_unended_attempts_of_every_job_when_several_jobs_run()
    {
        var other = await Store.CreateJobAsync(StoreTestKit.Job("bert"), None);
        await LaunchRunAndCloseAsync(1);
        await Store.CreateAttemptAsync(Job.Id, StoreTestKit.SpotAttempt(), None);
        await Store.CreateAttemptAsync(other.Id, StoreTestKit.SpotAttempt(), None);
        await Store.MarkAttemptLaunchedAsync(other.Id, 1, "i-0bert", None);

        var live = await Store.ListLiveAttemptsAsync(None);

        Assert.Equal([("resnet", 2, AttemptState.Requested), ("bert", 1, AttemptState.Launched)],
            live.Select(a => (a.JobName, a.Attempt, a.State)));
    }

    [Fact]
    public async Task FindAttemptAsync_returns_null_and_updates_throw_not_found_when_the_attempt_does_not_exist()
    {
        Assert.Null(await Store.FindAttemptAsync(Job.Id, 7, None));
        var error = await Assert.ThrowsAsync<AttemptNotFoundException>(
            () => Store.MarkAttemptLaunchedAsync(Job.Id, 7, "i-0abc", None));
        Assert.Equal($"The job store holds no attempt 7 of job #{Job.Id}.", error.Message);
    }

    private async Task LaunchAndRunAsync(long startStep)
    {
        var attempt = await Store.CreateAttemptAsync(Job.Id, StoreTestKit.SpotAttempt(startStep), None);
        await Store.MarkAttemptLaunchedAsync(Job.Id, attempt.Attempt, $"i-0{attempt.Attempt}", None);
        await Store.MarkAttemptRunningAsync(Job.Id, attempt.Attempt, Kit.Time.GetUtcNow(), 0.30m, None);
    }

    private async Task LaunchRunAndCloseAsync(int attempt)
    {
        await LaunchAndRunAsync(startStep: 0);
        Kit.Time.Advance(TimeSpan.FromMinutes(10));
        await Store.CloseAttemptAsync(Job.Id, attempt,
            new AttemptClosure(Kit.Time.GetUtcNow(), AttemptEndReason.SpotInterruption, 75), None);
    }
}
