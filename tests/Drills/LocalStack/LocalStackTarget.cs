using Microsoft.Extensions.Configuration;
using Spot.Launcher.Cloud;
using Spot.Launcher.Daemon.Hosting;

namespace Spot.Drills.Tests.LocalStack;

/// <summary>
/// The LocalStack the drills run against: the endpoint from <c>Spot__Cloud__LocalStackEndpoint</c> (as `spot` reads
/// it) or http://localhost:4566, probed once per test run, and the <c>localstack</c> profile's settings as `spot
/// --profile localstack` loads them.
/// </summary>
internal static class LocalStackTarget
{
    public const string EndpointVariable = "Spot__Cloud__LocalStackEndpoint";

    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    private static readonly Lazy<ProbeResult> Probed = new(() =>
        new LocalStackProbe().ProbeAsync(Endpoint, ProbeTimeout, CancellationToken.None).GetAwaiter().GetResult());

    public static Uri Endpoint
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(EndpointVariable);
            if (string.IsNullOrWhiteSpace(value)) return new Uri("http://localhost:4566");
            return Uri.TryCreate(value, UriKind.Absolute, out var uri)
                ? uri
                : throw new InvalidOperationException($"{EndpointVariable}: '{value}' is not an absolute URL such as http://localhost:4566.");
        }
    }

    public static ProbeResult Probe => Probed.Value;

    /// <summary>appsettings.json, then appsettings.localstack.json, then Spot__* environment variables.</summary>
    public static SpotSettings Settings()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: false)
            .AddJsonFile("appsettings.localstack.json", optional: false)
            .AddEnvironmentVariables()
            .Build();
        var settings = SpotSettings.From(configuration);
        settings.Cloud.Profile = CloudProfile.LocalStack;
        return settings;
    }
}
