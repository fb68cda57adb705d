using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spot.LocalCloud.S3;

namespace Spot.LocalCloud.Tests.S3.Fixtures;

/// <summary>LocalCloud's S3 alone, mapped on a minimal WebApplication on 127.0.0.1 and an ephemeral port.</summary>
public sealed class LocalCloudS3Fixture : S3ServerFixture
{
    private WebApplication? _app;

    public S3Options Options { get; private set; } = new();

    /// <summary>Everything the server logged, across restarts.</summary>
    public RecordingLoggerProvider Logs { get; } = new();

    protected override async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders().AddProvider(Logs);
        var app = builder.Build();

        // A restart keeps the fault plan holder, as the host keeps it across its own restarts.
        Options = new S3Options { DataDirectory = DataDirectory, Faults = Options.Faults };
        app.MapS3(Options);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        ServiceUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        _app = app;
    }

    protected override async Task StopAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }
}
