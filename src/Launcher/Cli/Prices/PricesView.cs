using Spot.CostModel.Placement;

namespace Spot.Launcher.Cli.Prices;

/// <summary>What to show of a placement result, and the context to label it with.</summary>
internal sealed record PricesView(PlacementRequest Request, PricesInputs Inputs, PlacementResult Result, int Top, bool ShowExcluded)
{
    public const int DefaultTop = 10;

    public IReadOnlyList<RankedOffering> Shown => Result.Offerings.Take(Top).ToList();
}
