namespace Spot.LocalCloud.Instances;

/// <summary>Spot request states and the status codes AWS uses for them.</summary>
public static class SpotRequestStatus
{
    public const string Active = "active";
    public const string Closed = "closed";

    public const string Fulfilled = "fulfilled";
    public const string MarkedForTermination = "marked-for-termination";
    public const string TerminatedByPrice = "instance-terminated-by-price";
    public const string TerminatedNoCapacity = "instance-terminated-no-capacity";
    public const string TerminatedByUser = "instance-terminated-by-user";
    public const string CapacityNotAvailable = "capacity-not-available";
    public const string PriceTooLow = "price-too-low";
}
