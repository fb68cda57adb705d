namespace Spot.CostModel.Pricing;

/// <summary>
/// Converts AWS's "frequency of interruption" (the share of a pool's instances interrupted over a trailing month)
/// to an hourly hazard. Assuming a constant hazard λ, an instance survives a month of H = 730 hours
/// (8760 / 12) with probability e^(−λH), so the monthly share is f = 1 − e^(−λH) and λ = −ln(1 − f) / H.
/// The mean time between failures is 1/λ. For small f, λ ≈ f / H.
/// </summary>
public static class HazardConversion
{
    public const double HoursPerMonth = 730.0;

    public static double HourlyHazardFromMonthlyFraction(double monthlyFraction)
    {
        if (double.IsNaN(monthlyFraction) || monthlyFraction < 0 || monthlyFraction >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(monthlyFraction), monthlyFraction, "A monthly interruption share must be in [0, 1).");
        }

        return -Math.Log(1 - monthlyFraction) / HoursPerMonth;
    }

    public static double MonthlyFractionFromHourlyHazard(double perHour)
    {
        if (double.IsNaN(perHour) || perHour < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(perHour), perHour, "An hourly hazard must be 0 or more.");
        }

        return 1 - Math.Exp(-perHour * HoursPerMonth);
    }
}
