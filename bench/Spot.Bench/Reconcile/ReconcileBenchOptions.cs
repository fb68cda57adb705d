using System.Globalization;

namespace Spot.Bench.Reconcile;

/// <summary>The reconcile benchmark's settings; the defaults are the 1,000 running jobs.</summary>
public sealed record ReconcileBenchOptions
{
    public int Jobs { get; init; } = 1000;

    /// <summary>Measured passes per page size, after one warm-up pass that is printed but left out of the medians.</summary>
    public int Passes { get; init; } = 5;

    /// <summary>DescribeInstances MaxResults values to compare: calls should follow pages, not instances.</summary>
    public IReadOnlyList<int> PageSizes { get; init; } = [1000, 200];

    public bool Json { get; init; }

    public static ReconcileBenchOptions Parse(string[] args)
    {
        var options = new ReconcileBenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json": options = options with { Json = true }; break;
                case "--jobs": options = options with { Jobs = Int(args, ++i, "--jobs", 1, 100_000) }; break;
                case "--passes": options = options with { Passes = Int(args, ++i, "--passes", 1, 1000) }; break;
                case "--page-sizes": options = options with { PageSizes = PageSizeList(args, ++i) }; break;
                default:
                    throw new BenchArgumentException(
                        $"unknown argument '{args[i]}' (expected --jobs N, --passes N, --page-sizes A,B or --json).");
            }
        }

        return options;
    }

    private static int Int(string[] args, int at, string name, int min, int max)
    {
        if (at >= args.Length) throw new BenchArgumentException($"{name} needs a number.");
        return int.TryParse(args[at], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new BenchArgumentException($"{name}: '{args[at]}' must be a whole number from {min} to {max}.");
    }

    // EC2's DescribeInstances accepts MaxResults from 5 to 1000.
    private static List<int> PageSizeList(string[] args, int at)
    {
        if (at >= args.Length) throw new BenchArgumentException("--page-sizes needs a comma-separated list such as 1000,200.");
        var sizes = args[at].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (sizes.Length == 0) throw new BenchArgumentException("--page-sizes needs at least one size.");
        return sizes.Select(size => int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 5 and <= 1000
                ? value
                : throw new BenchArgumentException($"--page-sizes: '{size}' must be a whole number from 5 to 1000 (EC2's MaxResults range)."))
            .ToList();
    }
}
