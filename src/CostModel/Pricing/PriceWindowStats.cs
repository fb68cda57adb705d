namespace Spot.CostModel.Pricing;

/// <summary>
/// Summary of one pool's spot price over a window. Mean and percentiles weigh each price by how long it held, so
/// P90 is the price the pool stayed at or below for 90% of the covered time. <see cref="CoveredFrom"/> is later
/// than the asked start when the history begins inside the window.
/// </summary>
public sealed record PriceWindowStats(
    DateTimeOffset CoveredFrom,
    DateTimeOffset To,
    decimal Min,
    decimal Max,
    decimal TimeWeightedMean,
    decimal P50,
    decimal P90,
    int Changes)
{
    public TimeSpan Covered => To - CoveredFrom;
}
