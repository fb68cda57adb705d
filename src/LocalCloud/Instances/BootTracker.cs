namespace Spot.LocalCloud.Instances;

/// <summary>
/// The boots under way, so shutting down can refuse new ones and wait for the rest: only then is every process that
/// was started known, and killed.
/// </summary>
internal sealed class BootTracker
{
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _running = [];
    private bool _closed;

    /// <summary>Starts <paramref name="boot"/> off this thread, unless shutting down has begun.</summary>
    public void Run(Func<Task> boot)
    {
        lock (_gate)
        {
            if (_closed) return;
            var task = Task.Run(boot);
            _running.Add(task);
            _ = task.ContinueWith(done => { lock (_gate) _running.Remove(done); }, TaskScheduler.Default);
        }
    }

    /// <summary>Refuses every later boot and waits for those under way; a boot's own failure is its own to log.</summary>
    public async Task CloseAsync()
    {
        Task[] running;
        lock (_gate)
        {
            _closed = true;
            running = [.. _running];
        }
        await Task.WhenAll(running).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
