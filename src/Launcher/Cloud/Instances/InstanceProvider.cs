using Amazon.EC2;
using Amazon.EC2.Model;
using Microsoft.Extensions.Logging;
using Spot.Launcher.Cloud.Launch;

namespace Spot.Launcher.Cloud.Instances;

/// <summary>
/// Lists Spot's instances with DescribeInstances filtered by the spot:job tag key, page after page, then asks
/// DescribeSpotInstanceRequests (batched, by filter) only for spot instances whose own StateReason does not say why
/// they went, plus one filtered query for requests marked for termination. Any failure makes the poll unknown.
/// </summary>
public sealed class InstanceProvider(
    IAmazonEC2 ec2,
    InstancesOptions options,
    TimeProvider time,
    ILogger<InstanceProvider> logger) : IInstanceProvider
{
    private readonly InstancesOptions _options = Checked(options);
    private readonly Lock _sync = new();
    private Ec2CallCount _total;

    public Ec2CallCount TotalCalls
    {
        get
        {
            lock (_sync)
            {
                return _total;
            }
        }
    }

    public async Task<InstancePoll> ListAsync(CancellationToken cancellationToken)
    {
        var calls = new CallTally();
        try
        {
            var instances = await DescribeInstancesAsync(calls, cancellationToken);
            var requests = await SpotRequestReader.ReadAsync(ec2, instances, _options, time, calls, cancellationToken);
            var snapshot = new InstanceSnapshot(time.GetUtcNow(), instances, requests, calls.Count);
            InstancesLog.Listed(logger, snapshot.Instances.Count, calls.Count.DescribeInstances, calls.Count.DescribeSpotInstanceRequests);
            return InstancePoll.Of(snapshot);
        }
        catch (Exception exception) when (CloudFailure.Is(exception, cancellationToken))
        {
            InstancesLog.ListingFailed(logger, exception.GetType().Name, exception.Message);
            return InstancePoll.Failed($"{exception.GetType().Name}: {exception.Message}", calls.Count);
        }
        finally
        {
            lock (_sync)
            {
                _total += calls.Count;
            }
        }
    }

    private async Task<List<ObservedInstance>> DescribeInstancesAsync(CallTally calls, CancellationToken cancellationToken)
    {
        var found = new List<ObservedInstance>();
        string? token = null;
        do
        {
            var request = new DescribeInstancesRequest
            {
                Filters =
                [
                    new Filter("tag-key", [SpotTags.Job]),
                    new Filter("instance-state-name", [.. Ec2InstanceStates.All]),
                ],
                MaxResults = _options.PageSize,
                NextToken = token,
            };
            calls.DescribeInstances++;
            var page = await TimedCall.RunAsync(time, _options.CallTimeout, "DescribeInstances",
                ct => ec2.DescribeInstancesAsync(request, ct), cancellationToken);
            found.AddRange((page.Reservations ?? [])
                .SelectMany(r => r.Instances ?? [])
                .Select(i => InstanceMapper.ToObserved(i, SpotTags.Job, SpotTags.Attempt))
                .OfType<ObservedInstance>());
            token = string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken;
        }
        while (token is not null);

        return found;
    }

    private static InstancesOptions Checked(InstancesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        return options;
    }
}
