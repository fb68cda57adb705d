namespace Spot.LocalCloud.Tests.Hosting;

public sealed class ProcessTreeTests
{
    [Fact]
    public async Task Stopping_LocalCloud_leaves_no_instance_process_behind()
    {
        var cloud = await TestCloud.StartAsync();
        const string script = "sleep 600 &\necho $! >> pids\n(sleep 600 & echo $! >> pids; wait) &\necho $$ >> pids\nsleep 600\n";
        var first = await cloud.LaunchSpotAsync(script);
        var second = await cloud.LaunchSpotAsync(script, zone: "us-east-1b");
        await cloud.WaitForFileAsync(first.InstanceId, "pids");
        await cloud.WaitForFileAsync(second.InstanceId, "pids");
        await Until.TrueAsync(() => Task.FromResult(Pids(cloud, first.InstanceId).Count == 3 && Pids(cloud, second.InstanceId).Count == 3), "every process to record itself");
        var pids = Pids(cloud, first.InstanceId).Concat(Pids(cloud, second.InstanceId)).ToList();
        var dataDirectory = cloud.Host.DataDirectory;
        Assert.All(pids, pid => Assert.True(ProcessTable.IsAlive(pid)));

        await cloud.DisposeAsync();

        foreach (var pid in pids)
        {
            await ProcessTable.WaitUntilGoneAsync(pid);
        }

        Assert.Empty(ProcessTable.RunningIn(dataDirectory));
    }

    [Fact]
    public async Task Stopping_LocalCloud_while_instances_boot_leaves_no_process_and_deletes_its_folder()
    {
        // A boot under way used to start its process after shutdown had released the instance: the process lived on,
        // and its log files made the folder's deletion fail with "Directory not empty".
        // The rounds stop the cloud at different points of the boots (starting IMDS, writing user-data, starting bash).
        for (var round = 0; round < 8; round++)
        {
            var cloud = await TestCloud.StartAsync();
            foreach (var zone in new[] { "us-east-1a", "us-east-1b", "us-east-1c" })
                await cloud.LaunchSpotAsync("echo started > started\nsleep 600\n", zone: zone);
            await Task.Delay(TimeSpan.FromMilliseconds(15 * round));
            var dataDirectory = cloud.Host.DataDirectory;

            await cloud.DisposeAsync();

            Assert.False(Directory.Exists(dataDirectory), $"round {round}: {dataDirectory} is still there");
            await Until.TrueAsync(() => Task.FromResult(ProcessTable.RunningIn(dataDirectory).Count == 0), $"round {round}: every instance process to be gone");
        }
    }

    private static List<int> Pids(TestCloud cloud, string instanceId)
    {
        var path = Path.Combine(cloud.Local(instanceId).WorkingDirectory, "pids");
        return File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => int.Parse(l, System.Globalization.CultureInfo.InvariantCulture)).ToList() : [];
    }
}
