using System.Collections.Concurrent;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using Spot.Launcher.Cloud.Launch;
using Spot.LocalCloud.Instances;

namespace Spot.Launcher.Drills.LocalStack;

/// <summary>
/// Plays the host of every live instance a drill's daemon launched on LocalStack (mock VM manager): polls
/// DescribeInstances for Spot-tagged instances, reads each new one's user-data with DescribeInstanceAttribute and runs
/// it (see <see cref="PlayedInstance"/>), and kills the process group once EC2 no longer lists the instance as live.
/// When the user-data ends by itself, the instance "shuts down": TerminateInstances, the nearest call LocalStack has.
/// </summary>
internal sealed class LocalStackInstanceHost(IAmazonEC2 ec2, CloudEndpoints endpoints, string directory, Func<string, bool> owns,
    ILoggerFactory loggers, TimeProvider time) : IAsyncDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private readonly ConcurrentDictionary<string, PlayedInstance> _played = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private readonly List<Task> _shutdowns = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly ILogger _logger = loggers.CreateLogger("Spot.Launcher.Drills.LocalStack");
    private Task _loop = Task.CompletedTask;

    public void Start() => _loop = PlayAsync(_stop.Token);

    /// <summary>The instance while the harness plays it; null before it was seen and after it ended.</summary>
    public PlayedInstance? Find(string instanceId) => _played.GetValueOrDefault(instanceId);

    /// <summary>Where the instance's files are, even after it ended; null when the harness never played it.</summary>
    public string? WorkingDirectoryOf(string instanceId) =>
        _seen.ContainsKey(instanceId) ? Path.Combine(directory, instanceId) : null;

    /// <summary>TerminateInstances on LocalStack, then the process group killed, as the VM going away would.</summary>
    public async Task TerminateAsync(string instanceId, CancellationToken cancellationToken)
    {
        _played.TryRemove(instanceId, out var played);
        await ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [instanceId] }, cancellationToken);
        if (played is not null) await played.DisposeAsync();
    }

    private async Task PlayAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await PassAsync(cancellationToken);
                await Task.Delay(Poll, time, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // The next pass tries again; a drill whose trainer never starts fails on its own checks.
                LocalStackDrillLog.PassFailed(_logger, e.Message, e);
                await Task.Delay(Poll, time, CancellationToken.None);
            }
        }
    }

    private async Task PassAsync(CancellationToken cancellationToken)
    {
        var live = await LiveOwnedAsync(cancellationToken);
        foreach (var instance in live.Where(i => !_seen.ContainsKey(i.InstanceId)))
        {
            var attribute = await ec2.DescribeInstanceAttributeAsync(
                new DescribeInstanceAttributeRequest(instance.InstanceId, InstanceAttributeName.UserData), cancellationToken);
            var played = await PlayedInstance.StartAsync(instance, attribute.InstanceAttribute.UserData, Path.Combine(directory, instance.InstanceId),
                endpoints, loggers, cancellationToken);
            _seen[instance.InstanceId] = 0;
            _played[instance.InstanceId] = played;
            LocalStackDrillLog.Playing(_logger, instance.InstanceId);
            lock (_shutdowns) _shutdowns.Add(ShutDownWhenExitedAsync(played));
        }

        var liveIds = live.Select(i => i.InstanceId).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _played.Keys.Where(id => !liveIds.Contains(id)).ToList())
        {
            if (_played.TryRemove(gone, out var played)) await played.DisposeAsync();
        }
    }

    private async Task<List<Amazon.EC2.Model.Instance>> LiveOwnedAsync(CancellationToken cancellationToken)
    {
        var described = await ec2.DescribeInstancesAsync(new DescribeInstancesRequest
        {
            Filters = [new Filter("tag-key", [SpotTags.Job]), new Filter("instance-state-name", ["pending", "running"])],
        }, cancellationToken);
        return [.. (described.Reservations ?? []).SelectMany(r => r.Instances ?? [])
            .Where(i => (i.Tags ?? []).Any(t => t.Key == SpotTags.Job && owns(t.Value)))];
    }

    /// <summary>The user-data ended by itself (the trainer finished or failed): the instance shuts down.</summary>
    private async Task ShutDownWhenExitedAsync(PlayedInstance played)
    {
        await played.Exited;
        if (!_played.TryRemove(played.Id, out _)) return; // Killed by the harness: EC2 already has it terminated.
        try
        {
            await ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [played.Id] }, CancellationToken.None);
        }
        catch (Exception e) when (e is AmazonServiceException or HttpRequestException)
        {
            LocalStackDrillLog.ShutdownFailed(_logger, played.Id, e.Message, e);
        }
        await played.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        foreach (var id in _played.Keys.ToList())
        {
            if (_played.TryRemove(id, out var played)) await played.DisposeAsync();
        }
        Task[] shutdowns;
        lock (_shutdowns) shutdowns = [.. _shutdowns];
        await Task.WhenAll(shutdowns);
        _stop.Dispose();
    }
}
