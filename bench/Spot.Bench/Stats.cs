namespace Spot.Bench;

/// <summary>Order statistics for printed figures.</summary>
public static class Stats
{
    /// <summary>The q-quantile by linear interpolation between closest ranks.</summary>
    public static double Quantile(IEnumerable<double> values, double q)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0) return double.NaN;
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }

    public static double Median(IEnumerable<double> values) => Quantile(values, 0.5);
}
