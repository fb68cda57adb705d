namespace Spot.CostModel.Reporting;

/// <summary>Spend against on-demand for one job or for all of them. Amounts keep full precision.</summary>
/// <param name="SpendUsd">What AWS charges for the attempts.</param>
/// <param name="OnDemandUsd">The on-demand equivalent (see <see cref="Billing.OnDemandEquivalent"/>).</param>
/// <param name="WastedUsd">The share of the spend that paid for steps later redone.</param>
/// <param name="WastedSteps">Steps later redone.</param>
/// <param name="Attempts">Attempts, running ones included.</param>
/// <param name="Interruptions">Attempts that AWS interrupted.</param>
public sealed record SpendSummary(
    decimal SpendUsd,
    decimal OnDemandUsd,
    decimal WastedUsd,
    long WastedSteps,
    int Attempts,
    int Interruptions)
{
    public static readonly SpendSummary Zero = new(0m, 0m, 0m, 0, 0, 0);

    /// <summary>How much cheaper than on-demand, in percent of on-demand: (on-demand − spend) / on-demand × 100.
    /// Negative when the spend is higher; null when there is no on-demand equivalent to compare with.</summary>
    public decimal? SavingsPct => OnDemandUsd == 0m ? null : (OnDemandUsd - SpendUsd) / OnDemandUsd * 100m;

    public SpendSummary Add(SpendSummary other) => new(
        SpendUsd + other.SpendUsd,
        OnDemandUsd + other.OnDemandUsd,
        WastedUsd + other.WastedUsd,
        WastedSteps + other.WastedSteps,
        Attempts + other.Attempts,
        Interruptions + other.Interruptions);
}
