using Spot.CostModel.Deadline;

namespace Spot.CostModel.Simulation;

/// <summary>
/// The cheapest way to finish a job by its deadline for someone who knows the whole future of the trace: dynamic
/// programming over (tick, progress, what is running). It is the yardstick the online policies are measured against.
/// Progress is counted in quanta that divide both the tick and the restart overhead, so the optimum is exact under the
/// simulator's rules, not an approximation of them. It never loses work to a preemption, because it knows when one comes.
/// </summary>
public static class OmniscientOptimum
{
    private const int None = 0, Spot = 1, OnDemand = 2;

    /// <summary>The optimal cost in dollars, or null when not even on-demand from the start meets the deadline.</summary>
    public static double? Cost(AvailabilityTrace trace, int startTick, DeadlineJob job)
    {
        var quanta = Quantize(trace.TickHours, job.RestartOverheadHours);
        var k = quanta.PerTick;
        var m = quanta.PerRestart;
        var q = trace.TickHours / k;
        var work = (int)Math.Ceiling(job.WorkHours / q - 1e-9);
        var ticks = Math.Min((int)Math.Ceiling(job.DeadlineHours / trace.TickHours - 1e-9), trace.Length - startTick);
        double[] price = [0, job.SpotPricePerHour * q, job.OnDemandPricePerHour * q];

        var cur = NewLayer(work);
        var next = NewLayer(work);
        cur[None][0] = 0;
        int lo = 0, hi = 0;
        var best = double.PositiveInfinity;

        for (var i = 0; i < ticks; i++)
        {
            var available = trace.IsAvailable(startTick + i);
            var ticksAfter = ticks - i - 1;
            var nextLo = Math.Max(0, work - ticksAfter * k);
            var nextHi = Math.Min(work - 1, (i + 1) * k);
            foreach (var layer in next) Array.Fill(layer, double.PositiveInfinity, nextLo, Math.Max(0, nextHi - nextLo + 1));

            for (var s = 0; s < 3; s++)
            {
                var from = s == Spot && !available ? None : s;
                var row = cur[s];
                for (var p = lo; p <= hi; p++)
                {
                    var c = row[p];
                    if (double.IsPositiveInfinity(c)) continue;
                    if (p >= nextLo) Relax(next[None], p, c);
                    if (available) Step(Spot, from, p, c, i);
                    Step(OnDemand, from, p, c, i);
                }
            }

            (cur, next) = (next, cur);
            lo = nextLo;
            hi = nextHi;
        }

        return double.IsPositiveInfinity(best) ? null : best;

        void Step(int to, int from, int p, double c, int i)
        {
            var overhead = from == to ? 0 : m;
            var gain = k - overhead;
            if (p + gain >= work)
            {
                var used = overhead + (work - p);
                if ((i * k + used) * q <= job.DeadlineHours + 1e-9) best = Math.Min(best, c + used * price[to]);
                return;
            }

            var np = p + gain;
            var cost = c + k * price[to];
            if (np >= Math.Max(0, work - (ticks - i - 1) * k)) Relax(next[to], np, cost);
        }
    }

    private static void Relax(double[] row, int p, double cost)
    {
        if (cost < row[p]) row[p] = cost;
    }

    private static double[][] NewLayer(int work)
    {
        var layer = new double[3][];
        for (var s = 0; s < 3; s++)
        {
            layer[s] = new double[work + 1];
            Array.Fill(layer[s], double.PositiveInfinity);
        }

        return layer;
    }

    /// <summary>How many quanta make a tick and a restart, with the restart overhead no longer than one tick.</summary>
    internal static (int PerTick, int PerRestart) Quantize(double tickHours, double restartHours)
    {
        if (restartHours > tickHours + 1e-12)
            throw new ArgumentException($"The optimum needs a restart overhead ({restartHours} h) no longer than one tick ({tickHours} h).", nameof(restartHours));
        var ratio = restartHours / tickHours;
        for (var k = 1; k <= 720; k++)
        {
            var m = ratio * k;
            if (Math.Abs(m - Math.Round(m)) < 1e-6) return (k, (int)Math.Round(m));
        }

        return (720, (int)Math.Ceiling(ratio * 720));
    }
}
