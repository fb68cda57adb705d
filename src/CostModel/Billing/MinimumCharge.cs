namespace Spot.CostModel.Billing;

/// <summary>
/// A run billed per second at prices that change along the way, with AWS's 60 s minimum. How the minimum combines
/// with several prices: each piece is charged its own seconds at its own price, and when the run is shorter than
/// 60 s the shortfall (60 s minus the seconds run) is charged at the first piece's price, the price in effect when
/// the instance started, since the minimum is a charge for starting it.
/// </summary>
/// <param name="UsageUsd">The sum of each piece's seconds times its price.</param>
/// <param name="ShortfallSeconds">The seconds the minimum adds; 0 for runs of 60 s or more.</param>
/// <param name="ShortfallUsd">The shortfall at the first piece's price.</param>
public readonly record struct MinimumCharge(decimal UsageUsd, decimal ShortfallSeconds, decimal ShortfallUsd)
{
    public decimal TotalUsd => UsageUsd + ShortfallUsd;

    /// <summary>Charges <paramref name="pieces"/> as one run. No pieces means no run, which costs nothing.</summary>
    public static MinimumCharge Of(IReadOnlyList<MeteredPiece> pieces)
    {
        if (pieces.Count == 0)
            return default;
        var seconds = pieces.Sum(p => p.Seconds);
        var usage = pieces.Sum(p => p.Usd);
        var shortfall = Math.Max(0, AwsBillingRules.MinimumBilledSeconds - seconds);
        return new MinimumCharge(usage, shortfall, AwsBillingRules.Charge(shortfall, pieces[0].UsdPerHour));
    }
}
