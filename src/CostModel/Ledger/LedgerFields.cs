namespace Spot.CostModel.Ledger;

/// <summary>The ledger's field names, snake_case. Validation errors name fields with these, and the JSON file (and
/// later the SQLite columns) use the same names, so an error points at the spot to fix.</summary>
public static class LedgerFields
{
    public const string Attempts = "attempts";
    public const string Job = "job";
    public const string Attempt = "attempt";
    public const string InstanceId = "instance_id";
    public const string InstanceType = "instance_type";
    public const string AvailabilityZone = "availability_zone";
    public const string Market = "market";
    public const string PriceSegments = "price_segments";
    public const string SegmentFrom = "from";
    public const string SegmentUsdPerHour = "usd_per_hour";
    public const string OnDemandUsdPerHour = "on_demand_usd_per_hour";
    public const string StartedAt = "started_at";
    public const string EndedAt = "ended_at";
    public const string EndReason = "end_reason";
    public const string StepsDone = "steps_done";
    public const string StepsSinceCheckpoint = "steps_since_checkpoint";

    /// <summary>The field name of one price segment's member, such as price_segments[1].from.</summary>
    public static string Segment(int index, string member) => $"{PriceSegments}[{index}].{member}";
}
