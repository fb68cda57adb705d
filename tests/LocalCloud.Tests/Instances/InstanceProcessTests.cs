using Amazon.EC2.Model;
using Spot.LocalCloud.Instances;
using Spot.LocalCloud.Tests.Hosting;

namespace Spot.LocalCloud.Tests.Instances;

public sealed class InstanceProcessTests
{
    [Fact]
    public async Task User_data_runs_as_bash_in_its_own_directory_and_sees_its_IMDS_endpoint_and_LocalCloud_credentials()
    {
        await using var cloud = await TestCloud.StartAsync();
        const string script = """
            echo "imds=$AWS_EC2_METADATA_SERVICE_ENDPOINT" > env.txt
            echo "ec2=$AWS_ENDPOINT_URL_EC2" >> env.txt
            echo "key=$AWS_ACCESS_KEY_ID" >> env.txt
            echo "cwd=$PWD" >> env.txt
            echo "pgid=$(ps -o pgid= $$ | tr -d ' ') pid=$$" >> env.txt
            echo to-stdout; echo to-stderr >&2
            echo done > finished
            sleep 600
            """;
        var launched = await cloud.LaunchSpotAsync(script);
        await cloud.WaitForFileAsync(launched.InstanceId, "finished");
        var local = cloud.Local(launched.InstanceId);
        var env = (await File.ReadAllLinesAsync(Path.Combine(local.WorkingDirectory, "env.txt"))).ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..]);

        Assert.Equal(local.ImdsEndpoint!.ToString().TrimEnd('/'), env["imds"]);
        Assert.Equal(cloud.Host.Ec2Endpoint.ToString().TrimEnd('/'), env["ec2"]);
        Assert.Equal("localcloud", env["key"]);
        Assert.Equal(local.WorkingDirectory, env["cwd"]);
        Assert.StartsWith($"{local.ProcessId} pid=", env["pgid"]);
        Assert.Equal("to-stdout\n", await File.ReadAllTextAsync(Path.Combine(local.WorkingDirectory, InstanceProcess.StdoutFile)));
        Assert.Equal("to-stderr\n", await File.ReadAllTextAsync(Path.Combine(local.WorkingDirectory, InstanceProcess.StderrFile)));
    }

    [Fact]
    public async Task TerminateInstances_kills_the_process_group_and_records_a_user_initiated_shutdown()
    {
        await using var cloud = await TestCloud.StartAsync();
        var launched = await cloud.LaunchSpotAsync("sleep 600 &\necho $! > child\nsleep 600\n");
        var child = int.Parse(await cloud.WaitForFileAsync(launched.InstanceId, "child"), System.Globalization.CultureInfo.InvariantCulture);
        var leader = cloud.Local(launched.InstanceId).ProcessId!.Value;

        var response = await cloud.Ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [launched.InstanceId] });
        var terminated = await cloud.WaitForStateAsync(launched.InstanceId, "terminated");

        var change = response.TerminatingInstances.Single();
        Assert.Equal("running", change.PreviousState.Name.Value);
        Assert.Equal("shutting-down", change.CurrentState.Name.Value);
        Assert.Equal("Client.UserInitiatedShutdown", terminated.StateReason.Code);
        await ProcessTable.WaitUntilGoneAsync(leader);
        await ProcessTable.WaitUntilGoneAsync(child);
        var request = (await cloud.Ec2.DescribeSpotInstanceRequestsAsync(new DescribeSpotInstanceRequestsRequest())).SpotInstanceRequests.Single();
        Assert.Equal("instance-terminated-by-user", request.Status.Code);
    }

    [Fact]
    public async Task A_spot_instance_whose_user_data_exits_shuts_itself_down_and_terminates()
    {
        await using var cloud = await TestCloud.StartAsync();
        var launched = await cloud.LaunchSpotAsync("exit 0\n");

        var terminated = await cloud.WaitForStateAsync(launched.InstanceId, "terminated");

        Assert.Equal("Client.InstanceInitiatedShutdown", terminated.StateReason.Code);
    }

    [Fact]
    public async Task StopInstances_stops_on_demand_instances_and_refuses_one_time_spot_instances()
    {
        await using var cloud = await TestCloud.StartAsync();
        var spot = await cloud.LaunchSpotAsync("sleep 600\n");
        var onDemand = (await cloud.Ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-1", InstanceType = "g4dn.xlarge", MinCount = 1, MaxCount = 1,
            UserData = Convert.ToBase64String("sleep 600\n"u8.ToArray()),
        })).Reservation.Instances.Single();
        await cloud.WaitForStateAsync(onDemand.InstanceId, "running");
        await cloud.WaitForStateAsync(spot.InstanceId, "running");

        await cloud.Ec2.StopInstancesAsync(new StopInstancesRequest { InstanceIds = [onDemand.InstanceId] });
        var refused = await Assert.ThrowsAsync<Amazon.EC2.AmazonEC2Exception>(() => cloud.Ec2.StopInstancesAsync(new StopInstancesRequest { InstanceIds = [spot.InstanceId] }));

        Assert.Equal("Client.UserInitiatedShutdown", (await cloud.WaitForStateAsync(onDemand.InstanceId, "stopped")).StateReason.Code);
        Assert.Equal("UnsupportedOperation", refused.ErrorCode);
    }

    [Fact]
    public async Task Closing_the_lifeline_kills_the_whole_process_group_as_when_LocalCloud_dies()
    {
        var directory = Directory.CreateTempSubdirectory("localcloud-lifeline-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory, InstanceProcess.UserDataFile), "sleep 600 &\necho $! > child\nsleep 600\n");
            using var process = InstanceProcess.Start(directory, new Dictionary<string, string>());
            var childFile = Path.Combine(directory, "child");
            await Until.TrueAsync(() => Task.FromResult(File.Exists(childFile) && new FileInfo(childFile).Length > 0), "the child pid");
            var child = int.Parse(await File.ReadAllTextAsync(childFile), System.Globalization.CultureInfo.InvariantCulture);

            process.CloseLifeline();
            await process.Exited;

            await ProcessTable.WaitUntilGoneAsync(child);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_kill_right_after_start_takes_the_process_down_even_before_it_has_a_group_of_its_own()
    {
        // kill(-pid) finds no group until setsid has run in the child; a kill in that window used to miss, and the
        // instance's `sleep 600` held shutdown for ten minutes.
        var directory = Directory.CreateTempSubdirectory("localcloud-early-kill-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory, InstanceProcess.UserDataFile), "sleep 600\n");
            for (var round = 0; round < 40; round++)
            {
                using var process = InstanceProcess.Start(directory, new Dictionary<string, string>());
                process.KillGroup();

                var exited = await Task.WhenAny(process.Exited, Task.Delay(TimeSpan.FromSeconds(20))) == process.Exited;

                Assert.True(exited, $"round {round}: process {process.Id} still runs 20 s after the kill");
            }
            await Until.TrueAsync(() => Task.FromResult(ProcessTable.RunningIn(directory).Count == 0), "no process left in the folder");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
