using System.Text.Json.Serialization;

namespace Spot.LocalCloud.Instances;

/// <summary>Why the market takes a spot instance back; it decides the spot request's final status code.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InterruptionReason>))]
public enum InterruptionReason
{
    /// <summary>The pool's spot capacity fell below what is running (instance-terminated-no-capacity).</summary>
    Capacity,

    /// <summary>The spot price rose above the instance's MaxPrice (instance-terminated-by-price).</summary>
    Price,
}
