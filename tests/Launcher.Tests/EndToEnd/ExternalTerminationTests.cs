using Amazon.EC2.Model;
using Spot.Launcher.Jobs.State;
using Xunit.Abstractions;

namespace Spot.Launcher.Tests.EndToEnd;

/// <summary>An instance terminated outside Spot (a person, a script) is a loss: the job resumes on a new instance.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ExternalTerminationTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Instance_terminated_outside_Spot_is_replaced_and_the_job_finishes()
    {
        await using var rig = await DaemonRig.StartAsync();
        var job = await rig.SubmitAsync(JobSpecs.SmallMlp("killed", steps: 900));
        var first = await rig.RunningPastAsync(job.Id, attempt: 1, step: 40, Limit);
        await rig.Daemon.Cloud.Clients.Ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [first.InstanceId!] });

        try
        {
            var ended = await rig.EndedAsync(job.Id, Limit);
            Assert.Equal(JobState.Succeeded, ended.State);
        }
        finally
        {
            foreach (var e in await rig.Store.ListEventsAsync(job.Id, 0, CancellationToken.None))
                output.WriteLine($"{e.At:HH:mm:ss} {e.Level} {e.Message}");
        }
        Assert.Equal(2, (await rig.AttemptsAsync(job.Id)).Count);
    }
}
