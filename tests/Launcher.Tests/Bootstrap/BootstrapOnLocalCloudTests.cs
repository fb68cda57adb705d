using Spot.Contracts.Bootstrap;
using Spot.Launcher.Bootstrap;
using Spot.Launcher.Cloud.Launch;
using Spot.Launcher.Tests.Support;
using static Spot.Launcher.Tests.Cloud.Launch.LaunchTestKit;

namespace Spot.Launcher.Tests.Bootstrap;

public sealed class BootstrapOnLocalCloudTests
{
    [Fact]
    public async Task Rendered_user_data_runs_the_trainer_command_with_its_environment_and_the_instance_ends_with_it()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        const string awkward = "hidden=256,128; it's $HOME `id` $(touch pwned)";
        var userData = UserDataRenderer.Render(new BootstrapRequest(
            new Dictionary<string, string> { [TrainerEnvironment.JobId] = "env-check", [TrainerEnvironment.ModelOptions] = awkward },
            new TrainerSource.LocalCommand(["bash", "-c", "printf '%s' \"$SPOT_JOB_ID\" > job.out; printf '%s' \"$SPOT_MODEL_OPTIONS\" > options.out; echo trained"])));

        var result = await CreateLauncher(cloud).LaunchAsync(Request("env-check", userData: userData), [Offering(1, "g5.xlarge", "us-east-1a")]);

        Assert.Equal("env-check", await cloud.WaitForFileAsync(result.InstanceId, "job.out"));
        Assert.Equal(awkward, await cloud.WaitForFileAsync(result.InstanceId, "options.out"));
        var ended = await cloud.WaitForStateAsync(result.InstanceId, "terminated");
        Assert.Equal("Client.InstanceInitiatedShutdown", ended.StateReason.Code);
        Assert.Equal("trained\n", await File.ReadAllTextAsync(Path.Combine(cloud.WorkingDirectory(result.InstanceId), UserDataRenderer.LocalStdoutFile)));
        Assert.False(File.Exists(Path.Combine(cloud.WorkingDirectory(result.InstanceId), "pwned")));
    }
}
