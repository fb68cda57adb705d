namespace Spot.Bench.Trainer;

/// <summary>Medians and the way figures are printed.</summary>
public static class Figures
{
    /// <summary>The middle value (mean of the middle two for an even count); NaN when there are none.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static string Ms(double seconds) => $"{seconds * 1000:F1} ms";

    public static string Percent(double fraction) => $"{fraction * 100:F3} %";

    public static string List(IEnumerable<double> values, string format) =>
        string.Join(", ", values.Select(value => value.ToString(format, System.Globalization.CultureInfo.InvariantCulture)));
}
