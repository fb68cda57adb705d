using System.Collections.Concurrent;
using Amazon.EC2.Model;
using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using Spot.CostModel.Ledger;
using Spot.Launcher.Cloud;
using Spot.Launcher.Cloud.Launch;
using Spot.Launcher.Daemon;
using Spot.Launcher.Daemon.Hosting;
using Spot.Launcher.Store;
using Spot.LocalCloud.Instances;

namespace Spot.Launcher.Drills.LocalStack;

/// <summary>
/// One drill's world on LocalStack: the daemon, unchanged, on the <c>localstack</c> profile; the harness playing each
/// instance's host (<see cref="LocalStackInstanceHost"/>); and the drill's own store and clients. The drill's timings
/// are those of <see cref="DrillSession.Tune"/>, its notice window included. LocalStack is shared and keeps state across
/// drills, so this world counts and cleans up only the instances of the jobs it submitted.
/// </summary>
public sealed class LocalStackDrillSession : DrillWorld
{
    private static readonly string[] LiveStates = ["pending", "running", "stopping", "stopped", "shutting-down"];
    private readonly string _root;
    private readonly SpotSettings _settings;
    private readonly ILoggerFactory _loggers;
    private readonly ConcurrentDictionary<string, byte> _jobKeys = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _swap = new(1, 1);
    private DaemonHost? _daemon;

    private LocalStackDrillSession(string root, SpotSettings settings, ILoggerFactory loggers, SqliteJobStore store, AwsClients clients)
        : base(store, clients, settings.Daemon.Bucket)
    {
        _root = root;
        _settings = settings;
        _loggers = loggers;
        var cloud = settings.Cloud;
        var endpoints = new CloudEndpoints(
            AwsClientsConfiguration.Endpoint(cloud, cloud.Ec2Endpoint)!, AwsClientsConfiguration.Endpoint(cloud, cloud.S3Endpoint)!, cloud.EffectiveRegion);
        Host = new LocalStackInstanceHost(clients.Ec2, endpoints, Path.Combine(root, "instances"), _jobKeys.ContainsKey, loggers, TimeProvider.System);
    }

    /// <summary>A loss with notice still ends in TerminateInstances, which LocalStack records as the client's own.</summary>
    public override AttemptEndReason NoticeLoss => AttemptEndReason.UserTerminated;

    /// <summary>How long after a notice the harness takes the instance, unless its trainer stops first.</summary>
    public TimeSpan NoticeWindow => _settings.LocalCloud.InterruptionNotice;

    internal LocalStackInstanceHost Host { get; }

    /// <exception cref="ArgumentException">The settings are not the localstack profile's.</exception>
    public static async Task<LocalStackDrillSession> StartAsync(DrillOptions options, CancellationToken cancellationToken)
    {
        var root = ScratchPath("spot-drill-localstack-");
        var settings = DrillSession.Tune(options.Settings(), root);
        if (settings.Cloud.Profile != CloudProfile.LocalStack)
            throw new ArgumentException($"Spot:Cloud:Profile: a LocalStack drill needs the localstack profile, not {settings.Cloud.Profile.ToString().ToLowerInvariant()}.", nameof(options));
        Directory.CreateDirectory(root);
        var loggers = LoggerFactory.Create(DrillSession.Quiet);
        var store = await SqliteJobStore.OpenAsync(settings.Store, TimeProvider.System, null, cancellationToken);
        var session = new LocalStackDrillSession(root, settings, loggers, store, ObserverClients(settings.Cloud));
        try
        {
            session.Host.Start();
            session._daemon = await DaemonHost.StartAsync(settings, DrillSession.Quiet, cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the daemon as a crash would leave things (instances keep running) and starts a new one.</summary>
    public async Task RestartDaemonAsync(CancellationToken cancellationToken)
    {
        await _swap.WaitAsync(cancellationToken);
        try
        {
            if (_daemon is not null) await _daemon.DisposeAsync();
            _daemon = null;
            _daemon = await DaemonHost.StartAsync(_settings, DrillSession.Quiet, cancellationToken);
        }
        finally
        {
            _swap.Release();
        }
    }

    /// <summary>Live instances of this world's jobs, by their spot:job tags; others on the same LocalStack are not counted.</summary>
    public override async Task<IReadOnlyList<string>> LiveInstancesAsync(CancellationToken cancellationToken)
    {
        if (_jobKeys.IsEmpty) return [];
        var described = await Clients.Ec2.DescribeInstancesAsync(new DescribeInstancesRequest
        {
            Filters = [new Filter("tag:" + SpotTags.Job, [.. _jobKeys.Keys]), new Filter("instance-state-name", [.. LiveStates])],
        }, cancellationToken);
        return [.. (described.Reservations ?? []).SelectMany(r => r.Instances ?? []).Select(i => i.InstanceId)];
    }

    public override Task<string> ConsoleOfAsync(string instanceId, CancellationToken cancellationToken) =>
        Host.WorkingDirectoryOf(instanceId) is { } directory ? InstanceConsole.ReadAsync(directory, cancellationToken) : Task.FromResult("");

    internal override IFaultInjector CreateInjector(TimeProvider time) => new LocalStackFaultInjector(this, time);

    private protected override void Submitted(JobRecord job) => _jobKeys[JobKeys.KeyOf(job)] = 0;

    public override async ValueTask DisposeAsync()
    {
        if (_daemon is not null) await _daemon.DisposeAsync();
        await Host.DisposeAsync();
        await TerminateLeftoversAsync();
        Store.Dispose();
        Clients.Dispose();
        _loggers.Dispose();
        _swap.Dispose();
        DeleteScratch(_root);
    }

    /// <summary>LocalStack outlives the drill: whatever this drill left running there is terminated on the way out.</summary>
    private async Task TerminateLeftoversAsync()
    {
        try
        {
            var live = await LiveInstancesAsync(CancellationToken.None);
            if (live.Count > 0)
                await Clients.Ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [.. live] }, CancellationToken.None);
        }
        catch (Exception e) when (e is AmazonServiceException or HttpRequestException)
        {
            // Best effort: the report has already counted the leftovers.
        }
    }
}
