using Spot.CostModel.Ledger;

namespace Spot.CostModel.Billing;

/// <summary>What AWS charges for one attempt. Amounts keep full precision; round with <see cref="Money.ToCents"/>
/// only to show them.</summary>
/// <param name="Attempt">The attempt billed.</param>
/// <param name="BilledUntil">The attempt's end, or the as-of instant for a running attempt.</param>
/// <param name="IsProvisional">True for a running attempt: billed as if we stopped it at <paramref name="BilledUntil"/>.</param>
/// <param name="UsedSeconds">Whole seconds the instance ran.</param>
/// <param name="Segments">Each price segment's seconds and price, in order; their seconds sum to the used seconds.</param>
/// <param name="Minimum">The usage and the 60 s minimum's shortfall, before any waiver.</param>
/// <param name="WaivedForSpotInterruption">True when AWS interrupted the spot instance in its first hour: no charge.</param>
public sealed record AttemptBill(
    AttemptRecord Attempt,
    DateTimeOffset BilledUntil,
    bool IsProvisional,
    long UsedSeconds,
    IReadOnlyList<BilledSegment> Segments,
    MinimumCharge Minimum,
    bool WaivedForSpotInterruption)
{
    /// <summary>What the attempt would cost without the first-hour waiver.</summary>
    public decimal MeteredUsd => Minimum.TotalUsd;

    /// <summary>What AWS charges.</summary>
    public decimal ChargeUsd => WaivedForSpotInterruption ? 0m : Minimum.TotalUsd;

    /// <summary>The seconds AWS charges: 0 when waived, else the seconds used raised to the 60 s minimum.</summary>
    public long BilledSeconds => WaivedForSpotInterruption ? 0 : UsedSeconds + (long)Minimum.ShortfallSeconds;
}
