using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Tests.EndToEnd;

/// <summary>A DescribeInstances that fails is "unknown", never a loss: skypilot#10155 must not happen here.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ListingFailureTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Failed_DescribeInstances_passes_trigger_no_recovery_and_the_job_finishes_on_its_first_instance()
    {
        await using var rig = await DaemonRig.StartAsync(s => s.Cloud.MaxErrorRetry = 0);
        var job = await rig.SubmitAsync(JobSpecs.SmallMlp("blind", steps: 400));
        await rig.RunningPastAsync(job.Id, attempt: 1, step: 20, Limit);

        // Every EC2 call is throttled for a few reconcile passes (every 0.5 s), then the cloud answers again.
        await rig.Admin.ThrottleEc2Async(1.0);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await rig.Admin.ThrottleEc2Async(0);

        var ended = await rig.EndedAsync(job.Id, Limit);
        Assert.Equal(JobState.Succeeded, ended.State);
        Assert.Equal(0, ended.Interruptions);
        Assert.Single(await rig.AttemptsAsync(job.Id));
        var states = (await rig.Store.ListTransitionsAsync(job.Id, CancellationToken.None)).Select(t => t.To).ToList();
        Assert.DoesNotContain(JobState.Interrupted, states);
    }
}
