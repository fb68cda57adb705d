using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Spot.LocalCloud.Hosting;

namespace Spot.LocalCloud.Tests.Hosting;

public sealed class GenericHostTests
{
    [Fact]
    public async Task AddLocalCloud_starts_LocalCloud_with_the_host_and_stops_it_with_the_host()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddLocalCloud(o => o.BootDelay = TimeSpan.Zero);
        using var host = builder.Build();

        await host.StartAsync();
        var cloud = host.Services.GetRequiredService<LocalCloudHost>();
        var ready = await cloud.AdminClient.IsReadyAsync();
        var admin = new Spot.LocalCloud.Admin.LocalCloudAdminClient(cloud.Ec2Endpoint);
        await host.StopAsync();

        Assert.True(ready);
        Assert.False(await admin.IsReadyAsync());
        admin.Dispose();
    }

    [Fact]
    public async Task AddLocalCloud_fails_start_up_on_invalid_options_naming_the_field()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddLocalCloud(o => o.SpotInstanceLimit = 0);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("SpotInstanceLimit", error.Message);
    }
}
