using Spot.LocalCloud.Instances;

namespace Spot.LocalCloud.Admin;

/// <summary>Body of POST /_localcloud/instances/{id}/interrupt. The delay is market seconds before the notice.</summary>
public sealed record InterruptRequest(double DelaySeconds = 0, InterruptionReason Reason = InterruptionReason.Capacity);

/// <summary>Body of PUT /_localcloud/pools/{type}/{zone}/capacity; null returns the pool to its trace.</summary>
public sealed record CapacityRequest(int? Capacity);

/// <summary>Body of PUT /_localcloud/pools/{type}/{zone}/price; null returns the pool to its trace.</summary>
public sealed record PriceRequest(decimal? Price);

/// <summary>Body of PUT /_localcloud/faults/ec2: the share of EC2 calls answered RequestLimitExceeded.</summary>
public sealed record Ec2FaultRequest(double ThrottleShare);

/// <summary>Body of PUT /_localcloud/faults/s3: the share of S3 requests failed with 500 or 503 (0 clears).</summary>
public sealed record S3FaultRequest(double Share, int StatusCode);

public sealed record ReadyResponse(bool Ready, DateTimeOffset MarketTime);

public sealed record PoolSnapshot(string InstanceType, string AvailabilityZone, decimal Price, int SpotCapacity, int SpotInstances, int OnDemandInstances);

public sealed record InstanceSnapshot(string InstanceId, string State, bool Spot, string? ImdsEndpoint, int? ProcessId, string WorkingDirectory, DateTimeOffset? InterruptionTime);

/// <summary>GET /_localcloud/market: the market and the instances at one market instant.</summary>
public sealed record MarketSnapshot(DateTimeOffset MarketTime, double ClockSpeed, IReadOnlyList<PoolSnapshot> Pools, IReadOnlyList<InstanceSnapshot> Instances);

public sealed record AdminError(string Error);
