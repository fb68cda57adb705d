namespace Spot.CostModel;

/// <summary>How an instance is bought.</summary>
public enum Market
{
    Spot,
    OnDemand,
}
