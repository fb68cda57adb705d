namespace Spot.CostModel.Pricing;

/// <summary>
/// One of the Spot Instance Advisor's interruption-frequency buckets. A bucket is a range, so the model takes its
/// midpoint; the open-ended top bucket (&gt;20%) is taken as 25%, an assumption that errs towards caution without
/// pretending to know the tail.
/// </summary>
public sealed record InterruptionBucket(int Index, string Label, double LowerMonthlyFraction, double UpperMonthlyFraction, double AssumedMonthlyFraction)
{
    public static IReadOnlyList<InterruptionBucket> Standard { get; } =
    [
        new(0, "<5%", 0.00, 0.05, 0.025),
        new(1, "5-10%", 0.05, 0.10, 0.075),
        new(2, "10-15%", 0.10, 0.15, 0.125),
        new(3, "15-20%", 0.15, 0.20, 0.175),
        new(4, ">20%", 0.20, 1.00, 0.25),
    ];

    /// <summary>The hourly hazard the bucket stands for (see <see cref="HazardConversion"/>).</summary>
    public double HourlyHazard => HazardConversion.HourlyHazardFromMonthlyFraction(AssumedMonthlyFraction);

    public static InterruptionBucket FromIndex(int index) =>
        index >= 0 && index < Standard.Count
            ? Standard[index]
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"Advisor range index must be 0 to {Standard.Count - 1}.");
}
