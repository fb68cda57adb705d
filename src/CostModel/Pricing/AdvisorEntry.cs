namespace Spot.CostModel.Pricing;

/// <summary>The Spot Instance Advisor's figures for one type in one region (Linux).</summary>
public sealed record AdvisorEntry(string Region, string InstanceType, int SavingsPercent, InterruptionBucket Bucket)
{
    public InterruptionRate Rate => new(Bucket.HourlyHazard, InterruptionRateBasis.Advisor);
}
