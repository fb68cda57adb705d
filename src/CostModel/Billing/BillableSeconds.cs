namespace Spot.CostModel.Billing;

/// <summary>Turns instants into whole billed seconds. AWS bills in one-second increments, so a partial second counts
/// as a whole one.</summary>
public static class BillableSeconds
{
    /// <summary>Whole seconds from <paramref name="start"/> to <paramref name="instant"/>, rounded up; 0 when the
    /// instant is not after the start.</summary>
    public static long Between(DateTimeOffset start, DateTimeOffset instant)
    {
        var ticks = (instant - start).Ticks;
        return ticks <= 0 ? 0 : (ticks + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond;
    }
}
