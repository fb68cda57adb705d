using Spot.CostModel.Billing;
using Spot.CostModel.Ledger;

namespace Spot.Launcher.Daemon;

/// <summary>A job's spend as AWS bills it: closed attempts at their final bill, the running one as if stopped now.</summary>
public static class SpendMeter
{
    public static decimal SpentUsd(IReadOnlyList<AttemptRecord> ledger, DateTimeOffset now) =>
        ledger.Sum(a => AttemptBiller.BillAsOf(a, now < a.StartedAt ? a.StartedAt : now).ChargeUsd);
}
