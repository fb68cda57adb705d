namespace Spot.CostModel.Billing;

/// <summary>
/// The on-demand equivalent of a job: what the work that survived would have cost had it run on on-demand instances
/// of the same types, billed per second with the same 60 s minimum and never interrupted. Each attempt contributes its
/// surviving seconds (see <see cref="AttemptWork.SurvivingSeconds"/>) at its type's on-demand price; the pieces are
/// billed as one uninterrupted run, so the minimum applies once per job, its shortfall at the first piece's price.
/// Lost steps and attempts that ran no steps add nothing, since an uninterrupted run never does them.
/// </summary>
public static class OnDemandEquivalent
{
    /// <summary>The on-demand equivalent of <paramref name="works"/>, taken in the order given.</summary>
    public static decimal Usd(IEnumerable<AttemptWork> works)
    {
        var pieces = works
            .Where(w => w.SurvivingSeconds > 0)
            .Select(w => new MeteredPiece(w.SurvivingSeconds, w.Attempt.OnDemandUsdPerHour))
            .ToList();
        return MinimumCharge.Of(pieces).TotalUsd;
    }
}
