using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.S3;
using Microsoft.Extensions.Time.Testing;
using Spot.Launcher.Cloud;
using Spot.LocalCloud.Admin;
using Spot.LocalCloud.Hosting;
using Spot.LocalCloud.Tests.Hosting;

namespace Spot.Launcher.Tests.Support;

/// <summary>
/// A LocalCloud on loopback for one test class (<c>IClassFixture&lt;LocalCloudFixture&gt;</c>) or one test
/// (<see cref="StartAsync"/>), with the launcher's own <see cref="AwsClients"/> pointed at it through the <c>local</c>
/// profile. The SDK does not retry (MaxErrorRetry = 0) so injected faults show at once. The market clock is a
/// <see cref="FakeTimeProvider"/>: it moves only when a test advances <see cref="Time"/>.
/// </summary>
public sealed class LocalCloudFixture : IAsyncLifetime, IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Spot capacity every pool is pinned to, so tests do not depend on where the sample market's outages fall.</summary>
    public const int PinnedSpotCapacity = 10;

    private readonly Action<LocalCloudOptions>? _configure;
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "spot-launcher-tests-" + Guid.NewGuid().ToString("N")[..12]);
    private LocalCloudHost? _host;
    private AwsClients? _clients;

    public LocalCloudFixture()
        : this(null)
    {
    }

    private LocalCloudFixture(Action<LocalCloudOptions>? configure) => _configure = configure;

    public FakeTimeProvider Time { get; } = new(Start);

    public LocalCloudHost Host => _host ?? throw NotStarted();

    public AwsClients Clients => _clients ?? throw NotStarted();

    public IAmazonEC2 Ec2 => Clients.Ec2;

    public IAmazonS3 S3 => Clients.S3;

    public LocalCloudAdminClient Admin => Host.AdminClient;

    /// <summary>The options the clients were built from (profile <c>local</c>, this cloud's endpoints).</summary>
    public CloudOptions CloudOptions { get; private set; } = new();

    /// <summary>A fresh cloud for one test, e.g. with a small spot quota; dispose it at the end.</summary>
    public static async Task<LocalCloudFixture> StartAsync(Action<LocalCloudOptions>? configure = null)
    {
        var fixture = new LocalCloudFixture(configure);
        await fixture.InitializeAsync();
        return fixture;
    }

    public async Task InitializeAsync()
    {
        var options = new LocalCloudOptions { BootDelay = TimeSpan.Zero, MarketStart = Start, DataDirectory = _dataDirectory };
        _configure?.Invoke(options);
        _host = new LocalCloudHost(options, Time);
        await _host.StartAsync();
        PinAllSpotCapacity(PinnedSpotCapacity);
        CloudOptions = new CloudOptions
        {
            Profile = CloudProfile.Local,
            Ec2Endpoint = _host.Ec2Endpoint,
            S3Endpoint = _host.S3Endpoint,
            MaxErrorRetry = 0,
        };
        _clients = AwsClients.Create(CloudOptions);
    }

    /// <summary>Pins every pool's spot capacity (null returns them to the trace), undoing drains of earlier tests.</summary>
    public void PinAllSpotCapacity(int? capacity)
    {
        foreach (var pool in Host.Region.Market.Pools)
        {
            Host.Region.Market.PinSpotCapacity(pool, capacity);
        }
    }

    public async Task<Instance> DescribeAsync(string instanceId) =>
        (await Ec2.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = [instanceId] })).Reservations.Single().Instances.Single();

    /// <summary>Every instance whose tag <paramref name="key"/> is <paramref name="value"/>, in any state.</summary>
    public async Task<IReadOnlyList<Instance>> TaggedAsync(string key, string value)
    {
        var response = await Ec2.DescribeInstancesAsync(new DescribeInstancesRequest { Filters = [new Filter($"tag:{key}", [value])] });
        return (response.Reservations ?? []).SelectMany(r => r.Instances).ToList();
    }

    /// <summary>Waits (real time) until the instance reaches <paramref name="state"/> (e.g. "terminated").</summary>
    public async Task<Instance> WaitForStateAsync(string instanceId, string state)
    {
        Instance? last = null;
        await Until.TrueAsync(async () => (last = await DescribeAsync(instanceId)).State.Name == state, $"{instanceId} to be {state}");
        return last!;
    }

    /// <summary>The folder an instance's user-data runs in (its stdout.log and stderr.log land there).</summary>
    public string WorkingDirectory(string instanceId) =>
        (Host.Region.Store.Find(instanceId) ?? throw new InvalidOperationException($"No instance {instanceId}.")).WorkingDirectory;

    /// <summary>Waits until the instance's user-data has written a non-empty <paramref name="file"/> (relative to its folder, or absolute).</summary>
    public async Task<string> WaitForFileAsync(string instanceId, string file)
    {
        var path = Path.Combine(WorkingDirectory(instanceId), file);
        await Until.TrueAsync(() => Task.FromResult(File.Exists(path) && new FileInfo(path).Length > 0), $"{instanceId} to write {file}");
        return await File.ReadAllTextAsync(path);
    }

    public async Task DisposeAsync()
    {
        _clients?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await DeleteDataDirectoryAsync();
    }

    /// <summary>
    /// The fixture owns the data folder because an instance still booting when the host stops can write into it
    /// while it is being removed; a few tries outlast that.
    /// </summary>
    private async Task DeleteDataDirectoryAsync()
    {
        for (var attempt = 1; Directory.Exists(_dataDirectory); attempt++)
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException) when (attempt < 10)
            {
                await Task.Delay(50);
            }
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    private static InvalidOperationException NotStarted() => new("The LocalCloud fixture has not started yet.");
}
