using Microsoft.Extensions.Logging;
using Spot.LocalCloud.Imds;

namespace Spot.LocalCloud.Instances;

/// <summary>Booting, the process's own exit, timers and clean-up.</summary>
public sealed partial class InstanceManager
{
    /// <summary>Live process groups (group leader ids), for the process-tree checks.</summary>
    public IReadOnlyList<int> ProcessGroups() =>
        _runtimes.Values.Select(r => r.Process).OfType<InstanceProcess>().Where(p => !p.Exited.IsCompleted).Select(p => p.Id).ToList();

    private async Task BootAsync(Instance instance, InstanceRuntime runtime)
    {
        if (!settings.RunUserData)
        {
            BootAsRecord(instance);
            return;
        }

        try
        {
            var endpoints = Endpoints ?? throw new InvalidOperationException("The host has not published its endpoints yet.");
            var imds = await ImdsServer.StartAsync(instance, store, clock.Inner, loggerFactory, _stopping.Token);
            lock (store.Sync)
            {
                if (instance.State == InstanceState.Pending)
                {
                    runtime.Imds = imds;
                    instance.ImdsEndpoint = imds.Endpoint;
                }
            }

            if (runtime.Imds != imds)
            {
                await imds.DisposeAsync();
                return;
            }

            InstanceProcess? process = null;
            if (instance.UserData is not null)
            {
                Directory.CreateDirectory(instance.WorkingDirectory);
                await File.WriteAllBytesAsync(Path.Combine(instance.WorkingDirectory, InstanceProcess.UserDataFile),
                    Convert.FromBase64String(instance.UserData), _stopping.Token);
                process = InstanceProcess.Start(instance.WorkingDirectory, InstanceEnvironment.For(instance, endpoints, clock.Speed));
            }

            var booted = false;
            lock (store.Sync)
            {
                if (instance.State == InstanceState.Pending)
                {
                    Log.InstanceStateChanged(_logger, instance.Id, InstanceState.Pending, InstanceState.Running, "");
                    runtime.Process = process;
                    instance.State = InstanceState.Running;
                    instance.ProcessId = process?.Id;
                    booted = true;
                }
            }

            if (!booted)
            {
                // Terminated while booting, and the finisher may have run already: take the group down here.
                process?.KillGroup();
                process?.Dispose();
                return;
            }

            if (process is not null)
            {
                Log.InstanceBooted(_logger, instance.Id, process.Id, instance.ImdsEndpoint!);
                _ = process.Exited.ContinueWith(_ => ProcessExited(instance, process), TaskScheduler.Default);
            }
        }
        catch (Exception exception) when (!_stopping.IsCancellationRequested)
        {
            Log.BootFailed(_logger, exception, instance.Id);
            lock (store.Sync)
            {
                if (instance.State == InstanceState.Pending)
                {
                    BeginShutdown(instance, InstanceState.ShuttingDown, new StateReason("Server.InternalError", "Server.InternalError: Internal error on launch"), "Service initiated");
                    Finish(instance, InstanceState.Terminated);
                }
            }
        }
        catch (Exception) when (_stopping.IsCancellationRequested)
        {
            // LocalCloud is stopping; DisposeAsync releases what was started.
        }
    }

    /// <summary>Records-only mode: the instance is running at once and nothing runs for it, until it is terminated.</summary>
    private void BootAsRecord(Instance instance)
    {
        lock (store.Sync)
        {
            if (instance.State == InstanceState.Pending)
            {
                Log.InstanceStateChanged(_logger, instance.Id, InstanceState.Pending, InstanceState.Running, "");
                instance.State = InstanceState.Running;
            }
        }
    }

    /// <summary>The user-data process ended by itself: the OS shut down, as `shutdown -h now` would.</summary>
    private void ProcessExited(Instance instance, InstanceProcess process)
    {
        Log.ProcessExited(_logger, instance.Id, process.ExitCode);
        lock (store.Sync)
        {
            if (instance.State != InstanceState.Running)
            {
                return;
            }

            // One-time spot instances cannot stop; on-demand ones follow InstanceInitiatedShutdownBehavior.
            var terminate = instance.IsSpot || instance.ShutdownBehavior == "terminate";
            BeginShutdown(instance, terminate ? InstanceState.ShuttingDown : InstanceState.Stopping, StateReason.InstanceShutdown, "Instance initiated");
            instance.SpotRequest?.SetStatus(SpotRequestStatus.Closed, SpotRequestStatus.TerminatedByUser,
                "Spot Instance terminated because it shut itself down.", clock.GetUtcNow());
            Finish(instance, terminate ? InstanceState.Terminated : InstanceState.Stopped);
        }
    }

    /// <summary>Runs <paramref name="action"/> after a market-time delay (at once, off this thread, for zero).</summary>
    private void After(InstanceRuntime runtime, TimeSpan delay, Action action)
    {
        if (delay <= TimeSpan.Zero)
        {
            _ = Task.Run(action);
            return;
        }

        var timer = clock.CreateTimer(_ => action(), null, delay, Timeout.InfiniteTimeSpan);
        lock (runtime.Timers)
        {
            runtime.Timers.Add(timer);
        }
    }

    /// <summary>Kills the process group, waits for its leader, and takes IMDS down.</summary>
    private async Task ReleaseAsync(InstanceRuntime runtime)
    {
        InstanceProcess? process;
        ImdsServer? imds;
        lock (store.Sync)
        {
            (process, imds) = (runtime.Process, runtime.Imds);
            (runtime.Process, runtime.Imds) = (null, null);
        }

        if (process is not null)
        {
            process.KillGroup();
            await process.Exited;
            process.Dispose();
        }

        if (imds is not null)
        {
            await imds.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        // A boot still under way could start its process after the loop below released the instance, leaving it
        // running and writing into a folder the host is about to delete.
        await _boots.CloseAsync();
        var killed = 0;
        foreach (var runtime in _runtimes.Values)
        {
            lock (runtime.Timers)
            {
                runtime.Timers.ForEach(t => t.Dispose());
                runtime.Timers.Clear();
            }

            killed += runtime.Process is { Exited.IsCompleted: false } ? 1 : 0;
            await ReleaseAsync(runtime);
            if (runtime.Finishing is not null)
            {
                await runtime.Finishing;
            }
        }

        Log.HostStopped(_logger, killed);
        _stopping.Dispose();
    }
}
