using Spot.Launcher.Daemon;

namespace Spot.Bench.Reconcile;

/// <summary>One reconcile pass as measured, and what the reconciler reported about it.</summary>
public sealed record PassFigures(Measurement Cost, ReconcileReport Report)
{
    public int Ec2Calls => Report.Ec2Calls.Total;
}

/// <summary>
/// Every figure for one DescribeInstances page size. The listing alone and the store's two listing queries are
/// measured apart from the pass, so what is left of a pass is the work it does per job.
/// </summary>
public sealed record PageSizeFigures(
    int PageSize,
    PassFigures WarmUp,
    IReadOnlyList<PassFigures> Passes,
    IReadOnlyList<Measurement> Listing,
    IReadOnlyList<Measurement> StoreListing)
{
    public MeasurementMedians Pass => MeasurementMedians.Of(Passes.Select(p => p.Cost).ToList());
    public MeasurementMedians ListingAlone => MeasurementMedians.Of(Listing);
    public MeasurementMedians StoreListingAlone => MeasurementMedians.Of(StoreListing);
    public double MedianPerJobMs => Math.Max(0, Pass.WallMs - ListingAlone.WallMs - StoreListingAlone.WallMs);
    public double MedianEc2Calls => Stats.Median(Passes.Select(p => (double)p.Ec2Calls));
}

/// <summary>The guard job's pass (progress, prices, budget and deadline per running job), measured on its own.</summary>
public sealed record GuardFigures(IReadOnlyList<Measurement> Passes, int Guarded)
{
    public MeasurementMedians Median => MeasurementMedians.Of(Passes);
}
