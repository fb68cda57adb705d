using Microsoft.Extensions.Logging;

namespace Spot.Trainer.Interruption;

/// <summary>What one poll of IMDS found.</summary>
public enum PollOutcome
{
    /// <summary>No interruption notice (a rebalance recommendation may have been raised).</summary>
    Clear,

    /// <summary>An interruption notice: <see cref="InterruptionWatcher.Notice"/> is set and the stop token cancelled.</summary>
    Noticed,

    /// <summary>IMDS could not be reached or answered something unreadable; the next poll tries again.</summary>
    Failed,
}

/// <summary>
/// Polls IMDS for the spot interruption notice and the rebalance recommendation, every poll interval by the
/// TimeProvider's clock. A notice cancels <see cref="StopToken"/> (the loop then finishes its step, checkpoints
/// and flushes) and ends polling; a rebalance recommendation raises <see cref="RebalanceRecommended"/> once per
/// notice time. A failed poll is logged and retried, never fatal.
/// </summary>
public sealed class InterruptionWatcher : IAsyncDisposable
{
    private readonly ImdsClient _imds;
    private readonly TimeSpan _pollInterval;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _disposing = new();
    private DateTimeOffset? _lastRebalance;
    private Task _polling = Task.CompletedTask;
    private int _polls;
    private int _scheduled;

    public InterruptionWatcher(ImdsClient imds, TimeSpan pollInterval, TimeProvider time, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(pollInterval, TimeSpan.Zero);
        _imds = imds;
        _pollInterval = pollInterval;
        _time = time;
        _logger = logger;
    }

    /// <summary>Cancelled when an interruption notice arrives.</summary>
    public CancellationToken StopToken => _stop.Token;

    /// <summary>The interruption notice, once one has been seen.</summary>
    public InstanceActionNotice? Notice { get; private set; }

    /// <summary>Raised on the polling thread for each new rebalance recommendation; ask for an early checkpoint, don't stop.</summary>
    public event Action<RebalanceRecommendation>? RebalanceRecommended;

    /// <summary>Polls completed so far, whatever they found.</summary>
    public int CompletedPolls => Volatile.Read(ref _polls);

    /// <summary>Background polls whose timer is set; a test moving a fake clock waits for this first.</summary>
    public int ScheduledPolls => Volatile.Read(ref _scheduled);

    /// <summary>Starts polling in the background, waiting one interval first (call after a first <see cref="PollOnceAsync"/>).</summary>
    public void Start()
    {
        Log.ImdsWatching(_logger, _imds.Endpoint, _pollInterval.TotalSeconds);
        _polling = Task.Run(() => PollLoopAsync(_disposing.Token));
    }

    public async Task<PollOutcome> PollOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ReadNoticesAsync(cancellationToken);
        }
        catch (ImdsDocumentException e)
        {
            Log.ImdsDocumentUnreadable(_logger, e.Message, _pollInterval.TotalSeconds);
            return PollOutcome.Failed;
        }
        catch (HttpRequestException e)
        {
            Log.ImdsPollFailed(_logger, Describe(e), _pollInterval.TotalSeconds);
            return PollOutcome.Failed;
        }
        finally
        {
            Interlocked.Increment(ref _polls);
        }
    }

    private async Task<PollOutcome> ReadNoticesAsync(CancellationToken cancellationToken)
    {
        var action = await _imds.GetMetadataAsync(InstanceActionNotice.Path, cancellationToken);
        if (action is not null)
        {
            var notice = InstanceActionNotice.Parse(action, _time.GetUtcNow());
            Notice = notice;
            Log.InterruptionNotice(_logger, notice.Action, notice.Time, notice.Lead.TotalSeconds);
            await _stop.CancelAsync();
            return PollOutcome.Noticed;
        }

        var rebalance = await _imds.GetMetadataAsync(RebalanceRecommendation.Path, cancellationToken);
        if (rebalance is not null && RebalanceRecommendation.Parse(rebalance) is var recommendation && recommendation.NoticeTime != _lastRebalance)
        {
            _lastRebalance = recommendation.NoticeTime;
            Log.RebalanceRecommended(_logger, recommendation.NoticeTime);
            RebalanceRecommended?.Invoke(recommendation);
        }
        return PollOutcome.Clear;
    }

    private async Task PollLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            do
            {
                var wait = Task.Delay(_pollInterval, _time, cancellationToken);
                Interlocked.Increment(ref _scheduled);
                await wait;
            }
            while (await PollOnceAsync(cancellationToken) != PollOutcome.Noticed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Disposed: the run is over.
        }
    }

    // The socket error says more than HttpClient's wrapper ("Connection refused (127.0.0.1:80)").
    private static string Describe(HttpRequestException e) => e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;

    public async ValueTask DisposeAsync()
    {
        await _disposing.CancelAsync();
        await _polling;
        _stop.Dispose();
        _disposing.Dispose();
        _imds.Dispose();
    }
}
