namespace Spot.LocalCloud.S3;

/// <summary>
/// Holds one upload in flight, for drills that interrupt an instance in the middle of a checkpoint upload: once armed
/// with a key prefix, the next PUT under it waits, with its body unread, until released or abandoned by its client.
/// Thread-safe; one hold at a time.
/// </summary>
public sealed class S3UploadHold
{
    private readonly Lock _gate = new();
    private string? _prefix;
    private TaskCompletionSource<string>? _caught;
    private TaskCompletionSource? _released;

    /// <summary>Holds the next PUT whose key starts with <paramref name="keyPrefix"/>; the task ends with its key once caught.</summary>
    public Task<string> Arm(string keyPrefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        lock (_gate)
        {
            _released?.TrySetResult();
            _prefix = keyPrefix;
            _caught = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _caught.Task;
        }
    }

    /// <summary>Lets the held request (if any) go on, and holds nothing more.</summary>
    public void Release()
    {
        lock (_gate)
        {
            _prefix = null;
            _caught?.TrySetCanceled();
            _released?.TrySetResult();
        }
    }

    /// <summary>Waits here when this request is the one to hold; returns at once for every other request.</summary>
    internal async Task WaitIfHeldAsync(string method, string? key, CancellationToken requestAborted)
    {
        Task released;
        lock (_gate)
        {
            if (_prefix is null || key is null || method != "PUT" || !key.StartsWith(_prefix, StringComparison.Ordinal)) return;
            _prefix = null;
            _caught!.TrySetResult(key);
            released = _released!.Task;
        }
        await released.WaitAsync(requestAborted);
    }
}
