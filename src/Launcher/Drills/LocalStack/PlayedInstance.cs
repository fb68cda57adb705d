using Microsoft.Extensions.Logging;
using Spot.LocalCloud.Imds;
using Spot.LocalCloud.Instances;
using Spot.LocalCloud.Market;
using Ec2Instance = Amazon.EC2.Model.Instance;

namespace Spot.Launcher.Drills.LocalStack;

/// <summary>
/// One LocalStack instance as the harness plays its host: the user-data running as bash in a process group of its own,
/// in a scratch folder, beside an IMDS stand-in that serves the instance's metadata and whatever notice the harness
/// posts. LocalStack's mock VM manager runs nothing itself, so without this no trainer would ever start.
/// </summary>
internal sealed class PlayedInstance : IAsyncDisposable
{
    private readonly Instance _record;
    private readonly InstanceStore _store;
    private readonly ImdsServer _imds;
    private readonly InstanceProcess _process;

    private PlayedInstance(Instance record, InstanceStore store, ImdsServer imds, InstanceProcess process)
    {
        _record = record;
        _store = store;
        _imds = imds;
        _process = process;
    }

    public string Id => _record.Id;

    public string WorkingDirectory => _record.WorkingDirectory;

    /// <summary>Completes when the user-data's bash has exited: by itself (the instance shutting down) or killed.</summary>
    public Task Exited => _process.Exited;

    /// <param name="userData">The user-data as DescribeInstanceAttribute returns it (base64); empty runs nothing and exits.</param>
    public static async Task<PlayedInstance> StartAsync(Ec2Instance described, string? userData, string directory, CloudEndpoints endpoints,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var record = RecordOf(described, directory);
        var store = new InstanceStore();
        store.Add(record);
        var imds = await ImdsServer.StartAsync(record, store, TimeProvider.System, loggers, cancellationToken);
        try
        {
            record.ImdsEndpoint = imds.Endpoint;
            await File.WriteAllBytesAsync(Path.Combine(directory, InstanceProcess.UserDataFile), Convert.FromBase64String(userData ?? ""), cancellationToken);
            // The same environment a LocalCloud instance gets, so the trainer's SDK and notice watcher find the stand-ins.
            var process = InstanceProcess.Start(directory, InstanceEnvironment.For(record, endpoints, clockSpeed: 1));
            return new PlayedInstance(record, store, imds, process);
        }
        catch
        {
            await imds.DisposeAsync();
            throw;
        }
    }

    /// <summary>Serves <c>spot/instance-action</c> from now on: the instance goes at <paramref name="at"/>.</summary>
    public void PostInterruptionNotice(DateTimeOffset at)
    {
        lock (_store.Sync) _record.InterruptionTime ??= at;
    }

    /// <summary>Serves <c>events/recommendations/rebalance</c> from now on.</summary>
    public void RecommendRebalance(DateTimeOffset at)
    {
        lock (_store.Sync) _record.RebalanceNoticeTime ??= at;
    }

    /// <summary>Kills the process group, as the end of the VM would, and takes the IMDS stand-in down.</summary>
    public async ValueTask DisposeAsync()
    {
        _process.KillGroup();
        await _process.Exited;
        _process.Dispose();
        await _imds.DisposeAsync();
    }

    /// <summary>The LocalCloud record the IMDS stand-in serves, built from LocalStack's description of the instance.</summary>
    private static Instance RecordOf(Ec2Instance described, string directory)
    {
        var pool = new PoolKey(described.InstanceType?.Value ?? "unknown", described.Placement?.AvailabilityZone ?? "unknown");
        var launched = described.LaunchTime is { } time ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)) : DateTimeOffset.UtcNow;
        var spot = described.InstanceLifecycle?.Value == "spot";
        return new Instance
        {
            Id = described.InstanceId,
            ReservationId = "r-played",
            ImageId = described.ImageId ?? "",
            Pool = pool,
            LaunchTime = launched,
            LaunchIndex = described.AmiLaunchIndex ?? 0,
            Sequence = 1,
            // A stub so instance-life-cycle reads spot; LocalStack keeps no spot request for RunInstances launches.
            SpotRequest = spot
                ? new SpotRequest { Id = described.SpotInstanceRequestId ?? "sir-played", InstanceType = pool.InstanceType, AvailabilityZone = pool.AvailabilityZone, MaxPrice = 0, CreateTime = launched, InstanceId = described.InstanceId }
                : null,
            WorkingDirectory = directory,
            State = InstanceState.Running,
        };
    }
}
