using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Spot.LocalCloud.Hosting;

/// <summary>A minimal Kestrel app bound to 127.0.0.1 only (EC2, S3 and every IMDS get one each).</summary>
public static class LoopbackApp
{
    public static WebApplication Create(int port, ILoggerFactory loggerFactory)
    {
        // No configuration reloading: each app would hold an inotify instance (128 per user by default), and a test
        // run with many instances' IMDS servers ran out of them.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = "Spot.LocalCloud",
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestBodySize = null;
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        return builder.Build();
    }

    /// <summary>The address Kestrel actually bound (port 0 resolves to a free port only at start).</summary>
    public static Uri BoundUri(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no address.");
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }
}
