using Amazon.EC2;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spot.CostModel.Placement;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>
/// The default launcher: walks the ranked pools in order, one RunInstances per pool or one instant fleet per group
/// of pools (<see cref="LaunchOptions.Strategy"/>), skips pools whose breaker is open, moves on only after a definite
/// refusal, and fails fast on quota, permission and unknown errors.
/// </summary>
public sealed class Ec2InstanceLauncher : IInstanceLauncher
{
    private readonly PoolCircuitBreaker _breakers;
    private readonly ILogger _logger;
    private readonly ILaunchCall _call;
    private readonly LaunchOptions _options;

    public Ec2InstanceLauncher(IAmazonEC2 ec2, LaunchOptions options, PoolCircuitBreaker breakers, TimeProvider timeProvider, ILogger<Ec2InstanceLauncher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(ec2);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        _options = options;
        _breakers = breakers ?? throw new ArgumentNullException(nameof(breakers));
        _logger = logger ?? (ILogger)NullLogger.Instance;
        var retry = LaunchRetryPipeline.Create(options, timeProvider ?? throw new ArgumentNullException(nameof(timeProvider)), _logger);
        _call = options.Strategy == LaunchStrategy.Fleet ? new FleetCall(ec2, options, retry, _logger) : new RunInstancesCall(ec2, options, retry);
    }

    public async Task<LaunchResult> LaunchAsync(LaunchRequest request, IReadOnlyList<RankedOffering> offerings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.ThrowIfInvalid();
        if (offerings is null || offerings.Count == 0)
        {
            throw new ArgumentException("offerings: at least one ranked offering is needed to launch.", nameof(offerings));
        }

        var tried = new List<PoolAttempt>();
        var pending = new Queue<PoolChoice>(offerings.OrderBy(o => o.Rank).Select(o => PoolChoice.From(o, request.Ceiling)));
        while (pending.Count > 0)
        {
            var group = NextGroup(request, pending, tried);
            if (group.Count == 0)
            {
                continue;
            }

            CallOutcome outcome;
            try
            {
                outcome = await _call.LaunchAsync(request, group, cancellationToken);
            }
            catch (Exception error) when (!(error is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                var failure = LaunchFailures.From(error, request, group, tried, _options.MaxRetries, cancellationToken);
                LaunchLog.LaunchFailed(_logger, request.JobId, request.Attempt, failure.Kind, failure.Message);
                throw failure;
            }

            Record(request, outcome.Refusals, tried);
            if (outcome is { InstanceId: { } instanceId, LaunchedIn: { } choice })
            {
                _breakers.RecordSuccess(choice.Pool);
                tried.Add(new PoolAttempt(choice.Pool, PoolOutcome.Launched, null, $"launched {instanceId}"));
                LaunchLog.Launched(_logger, request.JobId, request.Attempt, instanceId, choice.Pool, outcome.ClientToken);
                return new LaunchResult(instanceId, choice.Pool.InstanceType, outcome.AvailabilityZone ?? choice.Pool.AvailabilityZone,
                    choice.Pool.Market, choice.MaxPriceUsdPerHour, outcome.ClientToken, tried);
            }
        }

        var none = LaunchFailures.NoCapacity(request, tried);
        LaunchLog.LaunchFailed(_logger, request.JobId, request.Attempt, none.Kind, none.Message);
        throw none;
    }

    /// <summary>The next pools for one call: skips open breakers, and keeps a fleet's group to one market.</summary>
    private List<PoolChoice> NextGroup(LaunchRequest request, Queue<PoolChoice> pending, List<PoolAttempt> tried)
    {
        var group = new List<PoolChoice>();
        while (pending.Count > 0 && group.Count < _call.PoolsPerCall && (group.Count == 0 || pending.Peek().Pool.Market == group[0].Pool.Market))
        {
            var choice = pending.Dequeue();
            if (_breakers.OpenUntil(choice.Pool) is { } until)
            {
                tried.Add(new PoolAttempt(choice.Pool, PoolOutcome.SkippedBreakerOpen, null, $"breaker open until {until:o}"));
                LaunchLog.PoolSkipped(_logger, request.JobId, request.Attempt, choice.Pool, until);
                continue;
            }

            group.Add(choice);
        }

        return group;
    }

    private void Record(LaunchRequest request, IReadOnlyList<PoolRefusal> refusals, List<PoolAttempt> tried)
    {
        foreach (var refusal in refusals)
        {
            tried.Add(new PoolAttempt(refusal.Choice.Pool, PoolOutcome.Refused, refusal.ErrorCode,
                $"{refusal.ErrorCode}: {Ec2ErrorClassifier.Explain(refusal.ErrorCode)}"));
            LaunchLog.PoolRefused(_logger, request.JobId, request.Attempt, refusal.Choice.Pool, refusal.ErrorCode, refusal.Message);
            if (_breakers.RecordFailure(refusal.Choice.Pool))
            {
                LaunchLog.BreakerOpened(_logger, refusal.Choice.Pool);
            }
        }
    }
}
