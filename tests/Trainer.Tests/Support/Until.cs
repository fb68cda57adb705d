namespace Spot.Trainer.Tests.Support;

/// <summary>Waits for something another thread or process does; a guard against hanging, never a timing assertion.</summary>
public static class Until
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(3);

    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!condition())
        {
            if (TimeProvider.System.GetElapsedTime(started) > Guard)
                throw new TimeoutException($"gave up waiting for {what}");
            await Task.Delay(TimeSpan.FromMilliseconds(25));
        }
    }
}
