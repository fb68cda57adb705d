using Amazon.EC2.Model;
using Spot.Launcher.Cloud.Instances;
using Spot.Launcher.Tests.Support;

namespace Spot.Launcher.Tests.Cloud.Instances;

public class InstanceWatcherTests(LocalCloudFixture cloud) : IClassFixture<LocalCloudFixture>
{
    [Fact]
    public async Task WatchAsync_confirms_an_injected_interruption_by_its_StateReason_after_first_suspecting_the_notice()
    {
        var attempt = await RunningAttemptAsync();
        var watcher = WatchSetup.Watcher(cloud);
        var before = await SingleVerdictAsync(watcher, attempt);

        await cloud.Admin.InterruptAsync(attempt.InstanceId!);
        await Eventually.TrueAsync(() => Task.FromResult(cloud.Host.Region.Store.Find(attempt.InstanceId!)!.InterruptionTime is not null), "the notice");
        var noticed = await SingleVerdictAsync(watcher, attempt);
        cloud.Time.Advance(TimeSpan.FromSeconds(120));
        await cloud.WaitForStateAsync(attempt.InstanceId!, "terminated");
        var reclaimed = await SingleVerdictAsync(watcher, attempt);

        Assert.Equal(VerdictKind.Healthy, before.Kind);
        Assert.Equal((VerdictKind.Suspected, ConditionKind.Interrupted), (noticed.Kind, noticed.Condition!.Kind));
        Assert.Contains(AwsReasonCodes.MarkedForTermination, noticed.Condition.Evidence, StringComparison.Ordinal);
        Assert.True(reclaimed.IsConfirmedLoss);
        Assert.Equal(ConditionKind.Interrupted, reclaimed.Condition!.Kind);
        Assert.Equal(AwsReasonCodes.SpotInstanceTermination, reclaimed.Condition.Instance!.StateReasonCode);
    }

    [Fact]
    public async Task WatchAsync_triggers_no_recovery_when_DescribeInstances_fails_once()
    {
        var attempt = await RunningAttemptAsync();
        var watcher = WatchSetup.Watcher(cloud);
        await SingleVerdictAsync(watcher, attempt);

        WatchPass failed;
        await cloud.Admin.ThrottleEc2Async(1);
        try
        {
            failed = await watcher.WatchAsync([attempt], CancellationToken.None);
        }
        finally
        {
            await cloud.Admin.ThrottleEc2Async(0);
        }

        var after = await SingleVerdictAsync(watcher, attempt);
        Assert.False(failed.Poll.Succeeded);
        Assert.Equal(VerdictKind.Unknown, Assert.Single(failed.Verdicts).Kind);
        Assert.Empty(failed.Confirmed);
        Assert.Equal(VerdictKind.Healthy, after.Kind);
    }

    [Fact]
    public async Task WatchAsync_does_not_count_a_failed_poll_as_the_second_sighting_of_a_missing_instance()
    {
        var missing = new WatchedAttempt(new AttemptKey(WatchSetup.NewJob(), 1), "i-0000000000000dead");
        var watcher = WatchSetup.Watcher(cloud);

        var first = await SingleVerdictAsync(watcher, missing);
        await cloud.Admin.ThrottleEc2Async(1);
        try
        {
            await watcher.WatchAsync([missing], CancellationToken.None);
        }
        finally
        {
            await cloud.Admin.ThrottleEc2Async(0);
        }

        var second = await SingleVerdictAsync(watcher, missing);

        Assert.Equal((VerdictKind.Suspected, ConditionKind.Missing), (first.Kind, first.Condition!.Kind));
        Assert.Equal(VerdictKind.Confirmed, second.Kind);
        Assert.Equal(2, second.Observations);
    }

    [Fact]
    public async Task WatchAsync_reports_exited_not_lost_when_the_user_data_ends_by_itself()
    {
        var job = WatchSetup.NewJob();
        var id = (await TaggedLaunch.SpotAsync(cloud.Ec2, job, 1, script: "exit 0")).Single();
        await cloud.WaitForStateAsync(id, "terminated");

        var verdict = await SingleVerdictAsync(WatchSetup.Watcher(cloud), new WatchedAttempt(new AttemptKey(job, 1), id));

        Assert.Equal((VerdictKind.Confirmed, ConditionKind.Exited), (verdict.Kind, verdict.Condition!.Kind));
        Assert.False(verdict.IsConfirmedLoss);
    }

    [Fact]
    public async Task WatchAsync_reports_terminated_by_user_after_a_TerminateInstances_call()
    {
        var attempt = await RunningAttemptAsync();
        await cloud.Ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [attempt.InstanceId!] });
        await cloud.WaitForStateAsync(attempt.InstanceId!, "terminated");

        var verdict = await SingleVerdictAsync(WatchSetup.Watcher(cloud), attempt);

        Assert.Equal((VerdictKind.Confirmed, ConditionKind.TerminatedByUser), (verdict.Kind, verdict.Condition!.Kind));
    }

    private static async Task<AttemptVerdict> SingleVerdictAsync(InstanceWatcher watcher, WatchedAttempt attempt) =>
        Assert.Single((await watcher.WatchAsync([attempt], CancellationToken.None)).Verdicts);

    private async Task<WatchedAttempt> RunningAttemptAsync()
    {
        var job = WatchSetup.NewJob();
        var id = (await TaggedLaunch.SpotAsync(cloud.Ec2, job, 1)).Single();
        await cloud.WaitForStateAsync(id, "running");
        return new WatchedAttempt(new AttemptKey(job, 1), id);
    }
}
