using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Spot.LocalCloud.Hosting;
using Spot.LocalCloud.Instances;

namespace Spot.LocalCloud.Tests.Hosting;

/// <summary>A LocalCloud on ephemeral ports with a fake clock, and the real AmazonEC2Client pointed at it.</summary>
internal sealed class TestCloud : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private TestCloud(LocalCloudHost host, FakeTimeProvider time)
    {
        Host = host;
        Time = time;
        Ec2 = new AmazonEC2Client(new BasicAWSCredentials("test", "test"), new AmazonEC2Config
        {
            ServiceURL = host.Ec2Endpoint.ToString(),
            AuthenticationRegion = "us-east-1",
            MaxErrorRetry = 0,
        });
    }

    public LocalCloudHost Host { get; }

    public FakeTimeProvider Time { get; }

    public AmazonEC2Client Ec2 { get; }

    public LocalCloudRegion Region => Host.Region;

    /// <summary>
    /// Starts a cloud whose pools all hold <paramref name="spotCapacity"/> spot instances, so tests do not depend on
    /// where the sample market's outages fall; null keeps the trace's capacity.
    /// </summary>
    public static async Task<TestCloud> StartAsync(Action<LocalCloudOptions>? configure = null, ILoggerFactory? loggerFactory = null, int? spotCapacity = 10)
    {
        var time = new FakeTimeProvider(Start);
        var options = new LocalCloudOptions { BootDelay = TimeSpan.Zero, MarketStart = Start };
        configure?.Invoke(options);
        var host = new LocalCloudHost(options, time, loggerFactory);
        await host.StartAsync();
        foreach (var pool in host.Region.Market.Pools.Where(_ => spotCapacity is not null))
        {
            host.Region.Market.PinSpotCapacity(pool, spotCapacity);
        }

        return new TestCloud(host, time);
    }

    /// <summary>A one-time spot RunInstances into us-east-1a with the given user-data script (plain text).</summary>
    public async Task<Amazon.EC2.Model.Instance> LaunchSpotAsync(string? script = null, string instanceType = "g5.xlarge", string zone = "us-east-1a", bool requireTokens = false)
    {
        var response = await Ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-localcloud",
            InstanceType = instanceType,
            MinCount = 1,
            MaxCount = 1,
            Placement = new Placement { AvailabilityZone = zone },
            UserData = script is null ? null : Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(script)),
            InstanceMarketOptions = new InstanceMarketOptionsRequest { MarketType = MarketType.Spot },
            MetadataOptions = requireTokens ? new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required } : null,
        });
        return response.Reservation.Instances.Single();
    }

    public async Task<Amazon.EC2.Model.Instance> DescribeAsync(string instanceId) =>
        (await Ec2.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = [instanceId] })).Reservations.Single().Instances.Single();

    /// <summary>Waits (real time) until the instance reaches <paramref name="state"/>.</summary>
    public async Task<Amazon.EC2.Model.Instance> WaitForStateAsync(string instanceId, string state)
    {
        Amazon.EC2.Model.Instance? last = null;
        await Until.TrueAsync(async () => (last = await DescribeAsync(instanceId)).State.Name == state, $"{instanceId} to be {state}");
        return last!;
    }

    /// <summary>The instance's own record (IMDS endpoint, working directory, process).</summary>
    public Spot.LocalCloud.Instances.Instance Local(string instanceId) => Region.Store.Find(instanceId) ?? throw new InvalidOperationException(instanceId);

    /// <summary>Waits until the instance's user-data has written <paramref name="file"/> in its working directory.</summary>
    public async Task<string> WaitForFileAsync(string instanceId, string file)
    {
        var path = Path.Combine(Local(instanceId).WorkingDirectory, file);
        await Until.TrueAsync(() => Task.FromResult(File.Exists(path) && new FileInfo(path).Length > 0), $"{instanceId} to write {file}");
        return await File.ReadAllTextAsync(path);
    }

    public async ValueTask DisposeAsync()
    {
        Ec2.Dispose();
        await Host.DisposeAsync();
    }
}
