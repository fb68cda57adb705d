namespace Spot.LocalCloud.Tests.Hosting;

/// <summary>Waits for something that happens in another process or thread; a wait, never a timing assertion.</summary>
internal static class Until
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        using var timeout = new CancellationTokenSource(Limit);
        while (!await condition())
        {
            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"Gave up waiting for {what}.");
            }

            await Task.Delay(20, CancellationToken.None);
        }
    }
}
