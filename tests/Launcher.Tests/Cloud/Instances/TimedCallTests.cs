using Microsoft.Extensions.Time.Testing;
using Spot.Launcher.Cloud.Instances;

namespace Spot.Launcher.Tests.Cloud.Instances;

public class TimedCallTests
{
    [Fact]
    public async Task RunAsync_throws_TimeoutException_naming_the_operation_when_the_clock_passes_the_timeout()
    {
        var time = new FakeTimeProvider(Observed.At);
        var never = new TaskCompletionSource<int>();

        var call = TimedCall.RunAsync(time, TimeSpan.FromSeconds(10), "DescribeInstances", _ => never.Task, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => call);
        Assert.Contains("DescribeInstances", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_passes_the_callers_cancellation_through_as_cancellation()
    {
        var time = new FakeTimeProvider(Observed.At);
        using var caller = new CancellationTokenSource();
        var never = new TaskCompletionSource<int>();

        var call = TimedCall.RunAsync(time, TimeSpan.FromSeconds(10), "DescribeInstances", _ => never.Task, caller.Token);
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task RunAsync_returns_the_answer_when_it_comes_in_time()
    {
        var time = new FakeTimeProvider(Observed.At);

        var answer = await TimedCall.RunAsync(time, TimeSpan.FromSeconds(10), "DescribeInstances", _ => Task.FromResult(42), CancellationToken.None);

        Assert.Equal(42, answer);
    }
}
