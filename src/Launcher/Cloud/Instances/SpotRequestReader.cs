using Amazon.EC2;
using Amazon.EC2.Model;

namespace Spot.Launcher.Cloud.Instances;

/// <summary>
/// Reads spot request statuses for a listing. Requests are selected by filter rather than by id, because EC2 fails
/// the whole call when one id has aged out, and a filter simply leaves it out.
/// </summary>
internal static class SpotRequestReader
{
    private const int MaxResults = 1000;

    private static readonly HashSet<string> ReasonsThatExplainAnEnd = new(StringComparer.Ordinal)
    {
        AwsReasonCodes.SpotInstanceTermination, AwsReasonCodes.UserInitiatedShutdown, AwsReasonCodes.InstanceInitiatedShutdown,
    };

    public static async Task<List<SpotRequestObservation>> ReadAsync(
        IAmazonEC2 ec2, IReadOnlyList<ObservedInstance> instances, InstancesOptions options, TimeProvider time,
        CallTally calls, CancellationToken cancellationToken)
    {
        var found = new List<SpotRequestObservation>();
        var unexplained = instances
            .Where(i => i.IsSpot && !i.IsLive && (i.StateReasonCode is null || !ReasonsThatExplainAnEnd.Contains(i.StateReasonCode)))
            .Select(i => i.SpotRequestId!)
            .ToList();
        foreach (var batch in unexplained.Chunk(options.SpotRequestBatchSize))
        {
            found.AddRange(await QueryAsync(ec2, new Filter("spot-instance-request-id", [.. batch]), options, time, calls, cancellationToken));
        }

        var liveRequests = instances.Where(i => i.IsSpot && i.IsLive).Select(i => i.SpotRequestId!).ToHashSet(StringComparer.Ordinal);
        if (options.WatchMarkedForTermination && liveRequests.Count > 0)
        {
            var marked = await QueryAsync(ec2, new Filter("status-code", [AwsReasonCodes.MarkedForTermination]), options, time, calls, cancellationToken);
            found.AddRange(marked.Where(r => liveRequests.Contains(r.RequestId)));
        }

        return found;
    }

    private static async Task<List<SpotRequestObservation>> QueryAsync(
        IAmazonEC2 ec2, Filter filter, InstancesOptions options, TimeProvider time, CallTally calls, CancellationToken cancellationToken)
    {
        var found = new List<SpotRequestObservation>();
        string? token = null;
        do
        {
            var request = new DescribeSpotInstanceRequestsRequest { Filters = [filter], MaxResults = MaxResults, NextToken = token };
            calls.DescribeSpotInstanceRequests++;
            var page = await TimedCall.RunAsync(time, options.CallTimeout, "DescribeSpotInstanceRequests",
                ct => ec2.DescribeSpotInstanceRequestsAsync(request, ct), cancellationToken);
            found.AddRange((page.SpotInstanceRequests ?? []).Select(InstanceMapper.ToObserved));
            token = string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken;
        }
        while (token is not null);

        return found;
    }
}
