namespace Spot.CostModel;

/// <summary>Rounding rules for dollars. Internal sums keep full precision; only reports round.</summary>
public static class Money
{
    /// <summary>Rounds to whole cents, half away from zero, as a bill shows it.</summary>
    public static decimal ToCents(decimal usd) => Math.Round(usd, 2, MidpointRounding.AwayFromZero);
}
