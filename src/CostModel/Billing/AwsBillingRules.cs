namespace Spot.CostModel.Billing;

/// <summary>AWS's billing rules for Linux instances, spot and on-demand alike, as the ledger applies them.</summary>
public static class AwsBillingRules
{
    /// <summary>Every instance that runs at all is billed for at least this many seconds.</summary>
    public const long MinimumBilledSeconds = 60;

    /// <summary>Hourly prices are divided by this to give the price of one second.</summary>
    public const decimal SecondsPerHour = 3600m;

    /// <summary>A spot instance that AWS interrupts before it has run this long costs nothing.</summary>
    public static readonly TimeSpan FreeSpotInterruptionWindow = TimeSpan.FromHours(1);

    /// <summary>The price of <paramref name="seconds"/> at <paramref name="usdPerHour"/>, at full precision.</summary>
    public static decimal Charge(decimal seconds, decimal usdPerHour) => seconds * usdPerHour / SecondsPerHour;
}
