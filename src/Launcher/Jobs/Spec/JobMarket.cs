using Spot.CostModel;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>Where a job may buy capacity.</summary>
public enum JobMarket
{
    /// <summary>Spot only: the job waits for spot capacity rather than pay on-demand.</summary>
    Spot,

    /// <summary>On-demand only: no interruptions, list price.</summary>
    OnDemand,

    /// <summary>Spot first; on-demand when no spot pool is open or the deadline policy says spot is too risky.</summary>
    SpotThenOnDemand,
}

public static class JobMarketExtensions
{
    public static string ToSpecText(this JobMarket market) => market switch
    {
        JobMarket.Spot => SpecChoices.SpotMarket,
        JobMarket.OnDemand => SpecChoices.OnDemandMarket,
        _ => SpecChoices.SpotThenOnDemandMarket,
    };

    public static JobMarket FromSpecText(string text) => text switch
    {
        SpecChoices.SpotMarket => JobMarket.Spot,
        SpecChoices.OnDemandMarket => JobMarket.OnDemand,
        SpecChoices.SpotThenOnDemandMarket => JobMarket.SpotThenOnDemand,
        _ => throw new ArgumentException($"market '{text}' is not one of {string.Join(", ", SpecChoices.Markets)}", nameof(text)),
    };

    /// <summary>The CostModel markets placement may rank for this job, preferred first.</summary>
    public static IReadOnlyList<Market> AllowedMarkets(this JobMarket market) => market switch
    {
        JobMarket.Spot => [Market.Spot],
        JobMarket.OnDemand => [Market.OnDemand],
        _ => [Market.Spot, Market.OnDemand],
    };

    public static bool UsesSpot(this JobMarket market) => market != JobMarket.OnDemand;
}
