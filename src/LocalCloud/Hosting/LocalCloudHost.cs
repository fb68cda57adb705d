using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spot.LocalCloud.Admin;
using Spot.LocalCloud.Ec2;
using Spot.LocalCloud.Instances;
using Spot.LocalCloud.S3;

namespace Spot.LocalCloud.Hosting;

/// <summary>
/// A whole LocalCloud region in-process: the EC2 query API (with the admin endpoints) on one loopback port, S3 on
/// another, and one IMDS per instance on ports of their own. Ports are ephemeral unless the options fix them.
/// Stopping kills every instance process group.
/// </summary>
public sealed class LocalCloudHost : IAsyncDisposable
{
    private readonly LocalCloudOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly bool _ownsDataDirectory;
    private WebApplication? _ec2;
    private WebApplication? _s3;
    private LocalCloudAdminClient? _admin;
    private LocalCloudRegion? _region;
    private bool _stopped;

    public LocalCloudHost(LocalCloudOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        LocalCloudOptionsValidator.ThrowIfInvalid(options);
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger("Spot.LocalCloud");
        _ownsDataDirectory = options.DataDirectory is null;
        DataDirectory = options.DataDirectory ?? Path.Combine(Path.GetTempPath(), "localcloud-" + Guid.NewGuid().ToString("N")[..12]);
    }

    public string DataDirectory { get; }

    public Uri Ec2Endpoint => _ec2 is null ? throw NotStarted() : LoopbackApp.BoundUri(_ec2);

    public Uri S3Endpoint => _s3 is null ? throw NotStarted() : LoopbackApp.BoundUri(_s3);

    public LocalCloudAdminClient AdminClient => _admin ?? throw NotStarted();

    /// <summary>The market, instances and faults behind the endpoints, for in-process callers.</summary>
    public LocalCloudRegion Region => _region ?? throw NotStarted();

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_region is not null)
        {
            throw new InvalidOperationException("This LocalCloud has already been started.");
        }

        Directory.CreateDirectory(DataDirectory);
        _region = new LocalCloudRegion(_options, DataDirectory, _timeProvider, _loggerFactory);
        try
        {
            await StartServersAsync(cancellationToken);
        }
        catch
        {
            // A port already taken, say: release whatever did start before reporting it.
            await StopAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task StartServersAsync(CancellationToken cancellationToken)
    {
        _s3 = LoopbackApp.Create(_options.S3Port, _loggerFactory);
        _s3.MapS3(new S3Options { DataDirectory = Path.Combine(DataDirectory, "s3"), Faults = Region.S3Faults, Hold = Region.S3Hold, TimeProvider = _timeProvider });
        await _s3.StartAsync(cancellationToken);

        _ec2 = LoopbackApp.Create(_options.Ec2Port, _loggerFactory);
        var endpoint = new Ec2Endpoint(Region.Actions, Region.Throttle, _loggerFactory.CreateLogger("Spot.LocalCloud.Ec2"));
        AdminEndpoints.Map(_ec2, Region, _loggerFactory.CreateLogger("Spot.LocalCloud.Admin"));
        _ec2.MapPost("/", endpoint.HandleAsync);
        _ec2.MapGet("/", endpoint.HandleAsync);
        await _ec2.StartAsync(cancellationToken);

        var endpoints = new CloudEndpoints(Ec2Endpoint, S3Endpoint, _options.Region);
        Region.Instances.Endpoints = endpoints;
        Region.StartMarket();
        _admin = new LocalCloudAdminClient(endpoints.Ec2);
        Log.HostStarted(_logger, endpoints.Ec2, endpoints.S3, DataDirectory);
    }

    /// <summary>Kills every instance process group, then closes the ports. Safe to call twice.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_stopped || _region is null)
        {
            return;
        }

        _stopped = true;
        await _region.DisposeAsync();
        foreach (var app in new[] { _ec2, _s3 }.OfType<WebApplication>())
        {
            await app.StopAsync(cancellationToken);
            await app.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _admin?.Dispose();
        if (_ownsDataDirectory && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private static InvalidOperationException NotStarted() => new("Start the LocalCloud first (StartAsync).");
}
