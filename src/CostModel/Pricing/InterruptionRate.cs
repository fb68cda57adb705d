namespace Spot.CostModel.Pricing;

/// <summary>Where an interruption rate came from.</summary>
public enum InterruptionRateBasis
{
    /// <summary>The Spot Instance Advisor bucket of the type in the region.</summary>
    Advisor,

    /// <summary>Interruptions counted over exposure hours, with no prior.</summary>
    Observed,

    /// <summary>Observations blended with the advisor prior.</summary>
    Blended,

    /// <summary>On-demand capacity: not interrupted by AWS.</summary>
    None,
}

/// <summary>An hourly interruption hazard λ and its mean time between failures 1/λ.</summary>
public readonly record struct InterruptionRate(double PerHour, InterruptionRateBasis Basis)
{
    public static InterruptionRate Never { get; } = new(0, InterruptionRateBasis.None);

    /// <summary>Mean hours between interruptions; infinity when the hazard is 0.</summary>
    public double MtbfHours => PerHour > 0 ? 1 / PerHour : double.PositiveInfinity;
}
