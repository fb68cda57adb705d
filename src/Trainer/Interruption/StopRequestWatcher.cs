using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.Logging;
using Spot.Contracts.Control;
using Spot.Trainer.Hosting;

namespace Spot.Trainer.Interruption;

/// <summary>
/// Polls the launcher's stop request beside the checkpoints (the budget and deadline guards write it). A request
/// stops the run the way a notice does: finish the step, make a checkpoint durable, exit "preempted". A failed poll
/// is logged and tried again; it never stops training.
/// </summary>
public sealed class StopRequestWatcher : IAsyncDisposable
{
    private readonly IAmazonS3 _s3;
    private readonly S3Location _root;
    private readonly TimeSpan _poll;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _disposed = new();
    private Task _loop = Task.CompletedTask;

    public StopRequestWatcher(IAmazonS3 s3, S3Location checkpointRoot, TimeSpan poll, TimeProvider time, ILogger logger)
    {
        _s3 = s3;
        _root = checkpointRoot;
        _poll = poll;
        _time = time;
        _logger = logger;
    }

    /// <summary>Cancelled once a stop request is seen.</summary>
    public CancellationToken StopToken => _stop.Token;

    public StopRequest? Request { get; private set; }

    public void Start() => _loop = Task.Run(LoopAsync);

    /// <returns>True when a request was found (and the stop token cancelled).</returns>
    public async Task<bool> PollOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _s3.GetObjectAsync(_root.Bucket, _root.KeyOf(StopRequestLayout.ObjectName), cancellationToken);
            Request = await JsonSerializer.DeserializeAsync<StopRequest>(response.ResponseStream, cancellationToken: cancellationToken)
                ?? throw new JsonException("the stop request is JSON null");
            Log.StopRequested(_logger, Request.Reason, Request.Deadline);
            await _stop.CancelAsync();
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
        catch (Exception e) when (e is AmazonServiceException or JsonException or HttpRequestException or IOException
                                      || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.StopRequestPollFailed(_logger, e.Message);
            return false;
        }
    }

    private async Task LoopAsync()
    {
        try
        {
            while (!await PollOnceAsync(_disposed.Token))
                await Task.Delay(_poll, _time, _disposed.Token);
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        await _loop;
        _disposed.Dispose();
        _stop.Dispose();
    }
}
