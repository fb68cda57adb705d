namespace Spot.CostModel.Pricing;

/// <summary>
/// Estimates a pool's hazard from what was seen. Raw counts over few hours swing wildly (one interruption in two
/// hours reads as λ = 0.5/h), so <see cref="Blend"/> treats the advisor rate as if it had been observed over
/// <c>priorWeightHours</c> of exposure: λ = (λ₀·H₀ + k) / (H₀ + E). This is the mean of a Gamma(λ₀·H₀, H₀) prior
/// updated with k Poisson events over E hours; as E grows the observations dominate.
/// </summary>
public static class InterruptionRateEstimator
{
    /// <summary>One week of exposure: enough that a single early interruption does not dominate.</summary>
    public const double DefaultPriorWeightHours = 168;

    /// <summary>Interruptions per exposure hour.</summary>
    public static InterruptionRate Observed(int interruptions, double exposureHours)
    {
        CheckObservations(interruptions, exposureHours);
        if (exposureHours == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(exposureHours), exposureHours, "An observed rate needs exposure hours above 0.");
        }

        return new InterruptionRate(interruptions / exposureHours, InterruptionRateBasis.Observed);
    }

    public static InterruptionRate Blend(
        InterruptionRate prior, int interruptions, double exposureHours, double priorWeightHours = DefaultPriorWeightHours)
    {
        CheckObservations(interruptions, exposureHours);
        if (!(priorWeightHours > 0) || double.IsInfinity(priorWeightHours))
        {
            throw new ArgumentOutOfRangeException(nameof(priorWeightHours), priorWeightHours, "The prior weight must be a finite number of hours above 0.");
        }

        var perHour = ((prior.PerHour * priorWeightHours) + interruptions) / (priorWeightHours + exposureHours);
        return new InterruptionRate(perHour, InterruptionRateBasis.Blended);
    }

    private static void CheckObservations(int interruptions, double exposureHours)
    {
        if (interruptions < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(interruptions), interruptions, "Interruptions must be 0 or more.");
        }

        if (!(exposureHours >= 0) || double.IsInfinity(exposureHours))
        {
            throw new ArgumentOutOfRangeException(nameof(exposureHours), exposureHours, "Exposure hours must be a finite number, 0 or more.");
        }
    }
}
