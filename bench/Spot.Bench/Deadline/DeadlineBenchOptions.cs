namespace Spot.Bench.Deadline;

/// <summary>The deadline benchmark's settings; the defaults are the p3.2xlarge set-up.</summary>
public sealed record DeadlineBenchOptions
{
    /// <summary>Folder of the 2-month p3.2xlarge availability traces, inside the public spot-traces tree.</summary>
    public const string TraceSubfolder = "availability/1-node/aws-02-15-2023";

    public required string TraceFolder { get; init; }
    public double WorkHours { get; init; } = 48;
    public IReadOnlyList<double> DeadlineHours { get; init; } = [52, 70];
    public double RestartOverheadHours { get; init; } = 0.05;
    public double OnDemandPrice { get; init; } = 3.06;
    public double SpotPrice { get; init; } = 0.9701;
    public double StartEveryHours { get; init; } = 24;
    public bool Json { get; init; }

    public static DeadlineBenchOptions Parse(string[] args)
    {
        string? traces = null;
        var json = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json": json = true; break;
                case "--traces" when i + 1 < args.Length: traces = args[++i]; break;
                case "--traces": throw new BenchArgumentException("--traces needs a folder.");
                default: throw new BenchArgumentException($"unknown argument '{args[i]}' (expected --traces DIR or --json).");
            }
        }

        traces ??= RepoPaths.SharedSpotTraces() ?? throw new BenchArgumentException(
            "no trace folder: pass --traces DIR (the public spot-traces repository by Wu et al., NSDI'24; see README).");
        var folder = Directory.Exists(Path.Combine(traces, TraceSubfolder)) ? Path.Combine(traces, TraceSubfolder) : traces;
        if (!Directory.Exists(folder)) throw new BenchArgumentException($"--traces: folder '{traces}' does not exist.");
        if (Directory.GetFiles(folder, "*.json").Length == 0)
            throw new BenchArgumentException($"--traces: '{folder}' holds no .json availability traces.");
        return new DeadlineBenchOptions { TraceFolder = folder, Json = json };
    }
}
