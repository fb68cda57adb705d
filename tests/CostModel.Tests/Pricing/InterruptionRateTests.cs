using Spot.CostModel.Pricing;

namespace Spot.CostModel.Tests.Pricing;

public class InterruptionRateTests
{
    [Theory]
    // λ = −ln(1 − f) / 730 for the bucket's assumed monthly share f.
    [InlineData(0, 0.025, 3.46819e-5, 28833.5)]
    [InlineData(2, 0.125, 1.829197e-4, 5466.9)]
    [InlineData(4, 0.25, 3.94085e-4, 2537.5)]
    public void Advisor_bucket_converts_to_an_hourly_hazard_and_mtbf(int index, double share, double perHour, double mtbfHours)
    {
        var bucket = InterruptionBucket.FromIndex(index);

        Assert.Equal(share, bucket.AssumedMonthlyFraction);
        Assert.Equal(perHour, bucket.HourlyHazard, 1e-9);
        Assert.Equal(mtbfHours, new InterruptionRate(bucket.HourlyHazard, InterruptionRateBasis.Advisor).MtbfHours, 0.1);
    }

    [Fact]
    public void Hazard_conversion_round_trips_to_the_monthly_share() =>
        Assert.Equal(0.175, HazardConversion.MonthlyFractionFromHourlyHazard(HazardConversion.HourlyHazardFromMonthlyFraction(0.175)), 1e-12);

    [Fact]
    public void Hazard_conversion_rejects_a_share_of_one_or_more() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HazardConversion.HourlyHazardFromMonthlyFraction(1.0));

    [Fact]
    public void Bundled_advisor_gives_the_bucket_of_a_type_in_a_region()
    {
        var advisor = SpotAdvisor.Bundled();
        var entry = advisor.Find("us-east-1", "g4dn.xlarge")!;

        Assert.Equal("15-20%", entry.Bucket.Label);
        Assert.Equal(64, entry.SavingsPercent);
        Assert.Equal(-Math.Log(0.825) / 730, advisor.RateFor("us-east-1", "g4dn.xlarge")!.Value.PerHour, 1e-12);
        Assert.Equal(new DateOnly(2025, 6, 28), advisor.AsOf);
        Assert.Null(advisor.RateFor("eu-west-1", "g4dn.xlarge"));
    }

    [Fact]
    public void Observed_rate_is_interruptions_over_exposure_hours() =>
        Assert.Equal(0.05, InterruptionRateEstimator.Observed(3, 60).PerHour, 1e-12);

    [Fact]
    public void Blend_weighs_the_advisor_prior_as_prior_weight_hours_of_exposure()
    {
        // (0.001 × 100 + 2) / (100 + 50) = 2.1 / 150 = 0.014 per hour.
        var rate = InterruptionRateEstimator.Blend(new InterruptionRate(0.001, InterruptionRateBasis.Advisor), 2, 50, priorWeightHours: 100);

        Assert.Equal(0.014, rate.PerHour, 1e-12);
        Assert.Equal(InterruptionRateBasis.Blended, rate.Basis);
    }

    [Fact]
    public void Blend_keeps_one_early_interruption_from_swinging_the_estimate()
    {
        var prior = new InterruptionRate(InterruptionBucket.FromIndex(4).HourlyHazard, InterruptionRateBasis.Advisor);

        // Raw: 1 / 2 h = 0.5/h. Blended with a week of prior: (3.94085e-4 × 168 + 1) / 170 = 0.0062718/h.
        var blended = InterruptionRateEstimator.Blend(prior, 1, 2);

        Assert.Equal(0.0062718, blended.PerHour, 1e-7);
        Assert.True(blended.PerHour < InterruptionRateEstimator.Observed(1, 2).PerHour / 50);
    }

    [Fact]
    public void Observed_rate_needs_some_exposure() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => InterruptionRateEstimator.Observed(1, 0));

    [Fact]
    public void Rate_table_blends_observations_with_the_advisor_prior_of_the_pool()
    {
        var pool = new PoolId("g4dn.xlarge", "us-east-1a");
        var table = InterruptionRateTable.FromBundledAdvisor().WithObserved(pool, "us-east-1", 4, 100, priorWeightHours: 100);
        var prior = -Math.Log(0.825) / 730;

        Assert.Equal(((prior * 100) + 4) / 200, table.RateFor(pool, "us-east-1")!.Value.PerHour, 1e-12);
        Assert.Equal(prior, table.RateFor(pool with { AvailabilityZone = "us-east-1b" }, "us-east-1")!.Value.PerHour, 1e-12);
    }
}
