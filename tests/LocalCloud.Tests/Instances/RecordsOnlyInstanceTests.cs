using Amazon.EC2.Model;
using Spot.LocalCloud.Hosting;
using Spot.LocalCloud.Tests.Hosting;

namespace Spot.LocalCloud.Tests.Instances;

/// <summary>
/// LocalCloudOptions.RunUserData = false: instances behave like LocalStack's mock VM manager, records that go running,
/// keep their user-data unrun, and end with Client.UserInitiatedShutdown when terminated.
/// </summary>
public sealed class RecordsOnlyInstanceTests
{
    [Fact]
    public void RunUserData_defaults_to_true_so_instances_run_their_user_data_unless_told_otherwise()
    {
        Assert.True(new LocalCloudOptions().RunUserData);
    }

    [Fact]
    public async Task Instance_without_user_data_runs_goes_running_with_no_process_no_IMDS_and_no_files_written()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.RunUserData = false);
        var launched = await cloud.LaunchSpotAsync("echo ran > ran.txt\n");

        var running = await cloud.WaitForStateAsync(launched.InstanceId, "running");

        var local = cloud.Local(launched.InstanceId);
        Assert.Equal("spot", running.InstanceLifecycle?.Value);
        Assert.Null(local.ProcessId);
        Assert.Null(local.ImdsEndpoint);
        Assert.Empty(cloud.Region.Instances.ProcessGroups());
        Assert.False(File.Exists(Path.Combine(local.WorkingDirectory, "ran.txt")));
    }

    [Fact]
    public async Task Terminating_a_records_only_instance_ends_it_with_Client_UserInitiatedShutdown()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.RunUserData = false);
        var launched = await cloud.LaunchSpotAsync("sleep 600\n");
        await cloud.WaitForStateAsync(launched.InstanceId, "running");

        await cloud.Ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [launched.InstanceId] });

        var ended = await cloud.WaitForStateAsync(launched.InstanceId, "terminated");
        Assert.Equal("Client.UserInitiatedShutdown", ended.StateReason.Code);
    }
}
