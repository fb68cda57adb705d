using Spot.Launcher.Cloud.Instances;

namespace Spot.Launcher.Tests.Cloud.Instances;

/// <summary>Builds snapshots by hand for the pure tests of classification, confirmation and orphan picking.</summary>
internal static class Observed
{
    public static readonly DateTimeOffset At = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    public static ObservedInstance Instance(
        string id, string state = Ec2InstanceStates.Running, string? reason = null, string job = "job", int? attempt = 1,
        string? spotRequest = "sir-1", DateTimeOffset? launched = null) =>
        new(id, state, reason, reason is null ? null : $"{reason}: message", job, attempt is { } a ? new AttemptKey(job, a) : null,
            "g5.xlarge", "us-east-1a", launched ?? At, spotRequest);

    public static SpotRequestObservation Request(string id, string statusCode, string? instanceId = null, string state = "closed") =>
        new(id, state, statusCode, $"{statusCode} message", instanceId);

    public static InstanceSnapshot Snapshot(IEnumerable<ObservedInstance> instances, params SpotRequestObservation[] requests) =>
        new(At, instances, requests, new Ec2CallCount(1, requests.Length > 0 ? 1 : 0));

    public static WatchedAttempt Attempt(string? instanceId, string job = "job", int attempt = 1) => new(new AttemptKey(job, attempt), instanceId);
}
