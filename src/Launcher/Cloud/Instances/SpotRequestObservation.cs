namespace Spot.Launcher.Cloud.Instances;

/// <summary>A spot request's state and status as DescribeSpotInstanceRequests reported them.</summary>
public sealed record SpotRequestObservation(string RequestId, string? State, string? StatusCode, string? StatusMessage, string? InstanceId);
