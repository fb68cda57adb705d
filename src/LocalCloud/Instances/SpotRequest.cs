namespace Spot.LocalCloud.Instances;

/// <summary>The one-time spot request behind a spot instance (or behind a refused spot launch).</summary>
public sealed class SpotRequest
{
    public required string Id { get; init; }

    public required string InstanceType { get; init; }

    public required string AvailabilityZone { get; init; }

    public required decimal MaxPrice { get; init; }

    public required DateTimeOffset CreateTime { get; init; }

    public string? InstanceId { get; init; }

    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

    public string State { get; private set; } = SpotRequestStatus.Active;

    public string StatusCode { get; private set; } = SpotRequestStatus.Fulfilled;

    public string StatusMessage { get; private set; } = "";

    public DateTimeOffset StatusUpdateTime { get; private set; }

    public void SetStatus(string state, string code, string message, DateTimeOffset at)
    {
        State = state;
        StatusCode = code;
        StatusMessage = message;
        StatusUpdateTime = at;
    }
}
