namespace Spot.Launcher.Cloud.Instances;

/// <summary>
/// Bounds one cloud call by a timeout measured on the given clock, so tests can move time instead of waiting.
/// A timeout surfaces as <see cref="TimeoutException"/>; the caller's own cancellation passes through untouched.
/// </summary>
public static class TimedCall
{
    public static async Task<T> RunAsync<T>(
        TimeProvider time, TimeSpan timeout, string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            return await call(linked.Token).WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{operation} did not answer within {timeout.TotalSeconds:0.###} s.");
        }
    }
}
