using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Spot.Trainer.Interruption;
using Spot.Trainer.Tests.Support;

namespace Spot.Trainer.Tests.Interruption;

/// <summary>The watcher against a scripted IMDS; the fake clock moves only after a poll has completed.</summary>
public sealed class InterruptionWatcherTests : IAsyncLifetime
{
    private const string Notice = """{"action":"terminate","time":"2026-03-02T12:02:00Z"}""";
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
    private readonly RecordingLogger _logger = new();
    private ScriptedImds _imds = null!;

    public async Task InitializeAsync() => _imds = await ScriptedImds.StartAsync();

    public async Task DisposeAsync() => await _imds.DisposeAsync();

    private InterruptionWatcher CreateSut() => new(new ImdsClient(_imds.Endpoint, _time), Poll, _time, _logger);

    private int _scheduledSeen;

    /// <summary>Waits until the watcher's next timer is set, moves the clock to it, and waits for that poll to finish.</summary>
    private async Task NextPollAsync(InterruptionWatcher watcher)
    {
        await Until.TrueAsync(() => watcher.ScheduledPolls > _scheduledSeen, "the next poll's timer");
        _scheduledSeen = watcher.ScheduledPolls;
        int done = watcher.CompletedPolls;
        _time.Advance(Poll);
        await Until.TrueAsync(() => watcher.CompletedPolls > done, "the next poll");
    }

    [Fact]
    public async Task Watcher_cancels_the_stop_token_when_a_later_poll_finds_the_notice()
    {
        await using var watcher = CreateSut();
        Assert.Equal(PollOutcome.Clear, await watcher.PollOnceAsync(CancellationToken.None));
        watcher.Start();

        await NextPollAsync(watcher);
        bool stoppedEarly = watcher.StopToken.IsCancellationRequested;
        _imds.Answer(InstanceActionNotice.Path, Notice);
        await NextPollAsync(watcher);

        Assert.False(stoppedEarly);
        Assert.True(watcher.StopToken.IsCancellationRequested);
        Assert.Equal(new InstanceActionNotice("terminate", new DateTimeOffset(2026, 3, 2, 12, 2, 0, TimeSpan.Zero), _time.GetUtcNow()), watcher.Notice);
        Assert.Contains(_logger.Messages(LogLevel.Warning), m => m.StartsWith("Spot interruption notice: terminate at 2026-03-02T12:02:00.0000000+00:00, 110.0 s from now", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_malformed_notice_is_logged_as_an_error_and_the_next_good_one_still_stops()
    {
        await using var watcher = CreateSut();
        _imds.Answer(InstanceActionNotice.Path, "{\"action\":\"terminate\"");

        var first = await watcher.PollOnceAsync(CancellationToken.None);
        watcher.Start();
        _imds.Answer(InstanceActionNotice.Path, Notice);
        await NextPollAsync(watcher);

        Assert.Equal(PollOutcome.Failed, first);
        Assert.Contains(_logger.Messages(LogLevel.Error), m => m.StartsWith("The instance metadata service answered a document that cannot be read: spot/instance-action: not valid JSON", StringComparison.Ordinal));
        Assert.True(watcher.StopToken.IsCancellationRequested);
    }

    [Fact]
    public async Task A_failed_poll_is_logged_as_a_warning_and_retried_on_the_next_interval()
    {
        await using var watcher = CreateSut();
        _imds.Answer(InstanceActionNotice.Path, "overloaded", 500);

        var first = await watcher.PollOnceAsync(CancellationToken.None);
        watcher.Start();
        _imds.Remove(InstanceActionNotice.Path);
        await NextPollAsync(watcher);

        Assert.Equal(PollOutcome.Failed, first);
        Assert.Contains(_logger.Messages(LogLevel.Warning), m => m.Contains("answered 500 Internal Server Error; trying again in 5 s", StringComparison.Ordinal));
        Assert.Equal(2, _imds.Gets(InstanceActionNotice.Path));
        Assert.False(watcher.StopToken.IsCancellationRequested);
    }

    [Fact]
    public async Task A_rebalance_recommendation_is_raised_once_per_notice_time_and_does_not_stop()
    {
        await using var watcher = CreateSut();
        var raised = new List<RebalanceRecommendation>();
        watcher.RebalanceRecommended += raised.Add;
        _imds.Answer(RebalanceRecommendation.Path, """{"noticeTime":"2026-03-02T12:00:00Z"}""");

        await watcher.PollOnceAsync(CancellationToken.None);
        await watcher.PollOnceAsync(CancellationToken.None);
        _imds.Answer(RebalanceRecommendation.Path, """{"noticeTime":"2026-03-02T12:30:00Z"}""");
        await watcher.PollOnceAsync(CancellationToken.None);

        Assert.Equal([new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 2, 12, 30, 0, TimeSpan.Zero)],
            raised.Select(r => r.NoticeTime));
        Assert.False(watcher.StopToken.IsCancellationRequested);
        Assert.Null(watcher.Notice);
    }

    [Fact]
    public async Task Factory_starts_no_watcher_when_the_sdk_switch_turns_IMDS_off()
    {
        var env = new Dictionary<string, string> { [InterruptionWatcherFactory.DisabledVariable] = "true", [ImdsEndpoint.Variable] = _imds.Endpoint.ToString() };

        var watcher = await InterruptionWatcherFactory.StartAsync(env, Poll, _time, _logger, CancellationToken.None);

        Assert.Null(watcher);
        Assert.Equal(0, _imds.TokensIssued);
        Assert.Contains(_logger.Messages(LogLevel.Information), m => m.Contains("(AWS_EC2_METADATA_DISABLED=true); not on an EC2 instance, so interruption notices are off", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Factory_keeps_watching_a_configured_endpoint_that_fails_its_first_poll()
    {
        var env = new Dictionary<string, string> { [ImdsEndpoint.Variable] = $"http://127.0.0.1:{ImdsClientTests.ClosedPort()}" };

        await using var watcher = await InterruptionWatcherFactory.StartAsync(env, Poll, _time, _logger, CancellationToken.None);

        Assert.NotNull(watcher);
        Assert.Contains(_logger.Messages(LogLevel.Warning), m => m.StartsWith("Polling the instance metadata service failed", StringComparison.Ordinal));
        Assert.Contains(_logger.Messages(LogLevel.Information), m => m.StartsWith("Watching http://127.0.0.1:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Factory_reports_a_notice_already_posted_at_start()
    {
        _imds.Answer(InstanceActionNotice.Path, Notice);
        var env = new Dictionary<string, string> { [ImdsEndpoint.Variable] = _imds.Endpoint.ToString() };

        await using var watcher = await InterruptionWatcherFactory.StartAsync(env, Poll, _time, _logger, CancellationToken.None);

        Assert.True(watcher!.StopToken.IsCancellationRequested);
        Assert.Equal("terminate", watcher.Notice!.Action);
    }
}
