using Amazon.EC2;
using Amazon.EC2.Model;
using Microsoft.Extensions.Logging;
using Spot.Launcher.Cloud;
using Spot.Launcher.Cloud.Storage;
using Spot.LocalCloud.Hosting;

namespace Spot.Launcher.Daemon.Hosting;

/// <summary>
/// The cloud a daemon talks to, opened once: on the <c>local</c> profile an embedded LocalCloud (unless endpoints are
/// configured), the SDK clients, the job bucket, and the instance types the region sells. Its clock is the market's
/// on LocalCloud, so bills and deadlines follow a replayed market that runs faster than real time.
/// </summary>
public sealed class CloudSession : IAsyncDisposable
{
    private readonly LocalCloudHost? _localCloud;
    private readonly bool _ownsLocalCloud;

    private CloudSession(LocalCloudHost? localCloud, bool ownsLocalCloud, AwsClients clients, OfferedInstanceTypes offered, string region, TimeProvider clock)
    {
        _localCloud = localCloud;
        _ownsLocalCloud = ownsLocalCloud;
        Clients = clients;
        Offered = offered;
        Region = region;
        Clock = clock;
    }

    public AwsClients Clients { get; }
    public OfferedInstanceTypes Offered { get; }
    public string Region { get; }
    public TimeProvider Clock { get; }

    /// <summary>The embedded or attached cloud, when there is one (fault injection in tests and drills).</summary>
    public LocalCloudHost? LocalCloud => _localCloud;

    /// <param name="attachTo">A LocalCloud that outlives this session (drills restart the daemon under it): its
    /// endpoints and market clock are used, and it is left running on dispose.</param>
    public static async Task<CloudSession> OpenAsync(SpotSettings settings, ILoggerFactory loggers, CancellationToken cancellationToken,
        LocalCloudHost? attachTo = null)
    {
        LocalCloudHost? local = attachTo;
        var cloud = settings.Cloud;
        var clock = TimeProvider.System;
        if (attachTo is not null)
        {
            cloud.Ec2Endpoint = attachTo.Ec2Endpoint;
            cloud.S3Endpoint = attachTo.S3Endpoint;
            cloud.Region = settings.LocalCloud.Region;
            clock = attachTo.Region.Clock;
        }
        else if (cloud.Profile == CloudProfile.Local && cloud.Ec2Endpoint is null)
        {
            local = new LocalCloudHost(settings.LocalCloud, TimeProvider.System, loggers);
            await local.StartAsync(cancellationToken);
            cloud.Ec2Endpoint = local.Ec2Endpoint;
            cloud.S3Endpoint = local.S3Endpoint;
            cloud.Region = settings.LocalCloud.Region;
            clock = local.Region.Clock;
        }

        try
        {
            var clients = AwsClients.Create(cloud);
            await new BucketProvisioner(clients.S3).EnsureAsync(settings.Daemon.Bucket, cancellationToken);
            var offered = await SoldTypesAsync(clients.Ec2, cancellationToken);
            return new CloudSession(local, attachTo is null, clients, offered, cloud.EffectiveRegion, clock);
        }
        catch
        {
            if (local is not null && attachTo is null) await local.DisposeAsync();
            throw;
        }
    }

    private static async Task<OfferedInstanceTypes> SoldTypesAsync(IAmazonEC2 ec2, CancellationToken cancellationToken)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        string? next = null;
        do
        {
            var page = await ec2.DescribeInstanceTypesAsync(new DescribeInstanceTypesRequest { NextToken = next, MaxResults = 100 }, cancellationToken);
            foreach (var type in page.InstanceTypes ?? []) types.Add(type.InstanceType.Value);
            next = page.NextToken;
        }
        while (!string.IsNullOrEmpty(next));
        return new OfferedInstanceTypes(types);
    }

    public async ValueTask DisposeAsync()
    {
        Clients.Dispose();
        if (_localCloud is not null && _ownsLocalCloud) await _localCloud.DisposeAsync();
    }
}
