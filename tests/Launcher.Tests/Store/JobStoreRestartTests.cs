using Spot.CostModel.Ledger;
using Spot.Launcher.Jobs.State;
using Spot.Launcher.Store;

namespace Spot.Launcher.Tests.Store;

public sealed class JobStoreRestartTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task OpenAsync_finds_jobs_attempts_ledger_history_and_logs_when_the_store_is_reopened()
    {
        using var kit = new StoreTestKit();
        var first = await kit.OpenAsync();
        var job = await first.CreateJobAsync(StoreTestKit.Job(), None);
        await first.TransitionAsync(job.Id, JobState.Pending, JobState.Placing, "placing", None);
        await first.TransitionAsync(job.Id, JobState.Placing, JobState.Launching, "g5.xlarge in us-east-1a", None);
        await first.CreateAttemptAsync(job.Id, StoreTestKit.SpotAttempt(), None);
        await first.MarkAttemptLaunchedAsync(job.Id, 1, "i-0abc", None);
        await first.MarkAttemptRunningAsync(job.Id, 1, StoreTestKit.Start, 0.30m, None);
        await first.AppendEventAsync(job.Id, 1, JobEventLevel.Info, "instance i-0abc running", None);
        var before = await SnapshotAsync(first, job.Id);
        first.Dispose();

        var second = await kit.OpenAsync();

        var after = await SnapshotAsync(second, job.Id);
        Assert.Equal(before.Job, after.Job);
        Assert.Equal(before.Attempts, after.Attempts);
        Assert.Equal(before.Ledger, after.Ledger);
        Assert.Equal(before.History, after.History);
        Assert.Equal(before.Events, after.Events);
        Assert.Equal(3, after.History.Count);
        Assert.Equal("i-0abc", Assert.Single(await second.ListLiveAttemptsAsync(None)).InstanceId);
    }

    [Fact]
    public async Task CreateAttemptAsync_resumes_numbering_after_the_stored_attempts_when_the_store_is_reopened()
    {
        using var kit = new StoreTestKit();
        var first = await kit.OpenAsync();
        var job = await first.CreateJobAsync(StoreTestKit.Job(), None);
        await first.CreateAttemptAsync(job.Id, StoreTestKit.SpotAttempt(), None);
        await first.CloseAttemptAsync(job.Id, 1, new AttemptClosure(StoreTestKit.Start, AttemptEndReason.Failed, null), None);
        first.Dispose();

        var second = await kit.OpenAsync();
        var attempt = await second.CreateAttemptAsync(job.Id, StoreTestKit.SpotAttempt(), None);

        Assert.Equal(2, attempt.Attempt);
    }

    private static async Task<(JobRecord? Job, IReadOnlyList<StoredAttempt> Attempts, IReadOnlyList<AttemptRecord> Ledger,
        IReadOnlyList<StateTransition> History, IReadOnlyList<JobEvent> Events)> SnapshotAsync(SqliteJobStore store, long jobId) =>
        (await store.FindJobAsync(jobId, None), await store.ListAttemptsAsync(jobId, None),
            await store.ReadLedgerAsync(jobId, None), await store.ListTransitionsAsync(jobId, None),
            await store.ListEventsAsync(jobId, 0, None));
}
