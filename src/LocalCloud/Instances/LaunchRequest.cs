namespace Spot.LocalCloud.Instances;

/// <summary>One launch into one pool (or into the best zone when <see cref="AvailabilityZone"/> is null).</summary>
public sealed record LaunchRequest
{
    public required string ImageId { get; init; }

    public required string InstanceType { get; init; }

    public string? AvailabilityZone { get; init; }

    public int MinCount { get; init; } = 1;

    public int MaxCount { get; init; } = 1;

    public bool Spot { get; init; }

    /// <summary>Null: the on-demand price, as on AWS.</summary>
    public decimal? MaxPrice { get; init; }

    public string? UserData { get; init; }

    public bool RequireImdsTokens { get; init; }

    public string ShutdownBehavior { get; init; } = "stop";

    public string? ClientToken { get; init; }

    public IReadOnlyDictionary<string, string> InstanceTags { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> SpotRequestTags { get; init; } = new Dictionary<string, string>();
}

/// <summary>The instances one launch made, under one reservation ID.</summary>
public sealed record Reservation(string Id, IReadOnlyList<Instance> Instances);
