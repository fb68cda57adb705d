using System.Globalization;
using Amazon.EC2.Model;

namespace Spot.Launcher.Cloud.Instances;

/// <summary>Turns the SDK's instance and spot request shapes into the watcher's records (the SDK leaves empty lists null).</summary>
internal static class InstanceMapper
{
    public static ObservedInstance? ToObserved(Instance instance, string jobTag, string attemptTag)
    {
        var tags = (instance.Tags ?? []).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        if (!tags.TryGetValue(jobTag, out var job))
        {
            // Not Spot's: the listing's filter should have kept it out, and nothing here may act on it.
            return null;
        }

        AttemptKey? owner = tags.TryGetValue(attemptTag, out var attemptText)
            && int.TryParse(attemptText, NumberStyles.None, CultureInfo.InvariantCulture, out var attempt)
            ? new AttemptKey(job, attempt)
            : null;
        return new ObservedInstance(
            instance.InstanceId,
            instance.State?.Name?.Value ?? "unknown",
            instance.StateReason?.Code,
            instance.StateReason?.Message,
            job,
            owner,
            instance.InstanceType?.Value ?? "",
            instance.Placement?.AvailabilityZone ?? "",
            instance.LaunchTime is { } launched ? new DateTimeOffset(DateTime.SpecifyKind(launched.ToUniversalTime(), DateTimeKind.Utc)) : null,
            string.IsNullOrEmpty(instance.SpotInstanceRequestId) ? null : instance.SpotInstanceRequestId);
    }

    public static SpotRequestObservation ToObserved(SpotInstanceRequest request) =>
        new(request.SpotInstanceRequestId, request.State?.Value, request.Status?.Code, request.Status?.Message, request.InstanceId);
}
