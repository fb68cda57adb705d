using System.CommandLine;
using Spot.LocalCloud.Hosting;

namespace Spot.Launcher.Cli.LocalCloud;

/// <summary>The options of `spot localcloud` and how they map onto <see cref="LocalCloudOptions"/>.</summary>
internal sealed class LocalCloudCommandOptions
{
    public const int DefaultPort = 4600;

    public Option<int> Port { get; } = new("--port") { Description = "Port of the EC2 API and the admin endpoints.", DefaultValueFactory = _ => DefaultPort };
    public Option<int?> S3Port { get; } = new("--s3-port") { Description = "Port of the S3 API (default: --port + 1)." };
    public Option<string> DataDirectory { get; } = new("--data-dir") { Description = "Where S3 objects and instance folders live; they survive a restart.", DefaultValueFactory = _ => Path.Combine(".spot", "localcloud") };
    public Option<string> Region { get; } = new("--region") { Description = "The region LocalCloud plays.", DefaultValueFactory = _ => "us-east-1" };
    public Option<double> ClockSpeed { get; } = new("--clock-speed") { Description = "Market seconds per real second (1440: a trace day in a minute).", DefaultValueFactory = _ => 1 };
    public Option<int> Seed { get; } = new("--seed") { Description = "Seed of the sample market and the fault dice.", DefaultValueFactory = _ => 1 };
    public Option<string?> PriceHistory { get; } = new("--price-history") { Description = "A DescribeSpotPriceHistory-shaped CSV, TSV or JSON file to replay instead of the sample market." };
    public Option<string[]> Traces { get; } = new("--trace") { Description = "An availability trace to replay, as TYPE@ZONE=PATH (repeatable).", AllowMultipleArgumentsPerToken = false };
    public Option<double> BootDelaySeconds { get; } = new("--boot-delay-seconds") { Description = "Market seconds from launch to user-data.", DefaultValueFactory = _ => 2 };
    public Option<double> NoticeSeconds { get; } = new("--notice-seconds") { Description = "Market seconds between an interruption notice and the kill.", DefaultValueFactory = _ => 120 };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Port, S3Port, DataDirectory, Region, ClockSpeed, Seed, PriceHistory, Traces, BootDelaySeconds, NoticeSeconds })
            command.Options.Add(option);
    }

    /// <summary>The LocalCloud settings these arguments ask for, or the problems with them.</summary>
    public LocalCloudOptions Build(ParseResult parse, List<string> problems)
    {
        var port = parse.GetValue(Port);
        var options = new LocalCloudOptions
        {
            Ec2Port = port,
            S3Port = parse.GetValue(S3Port) ?? (port == 0 ? 0 : port + 1),
            DataDirectory = Path.GetFullPath(parse.GetValue(DataDirectory)!),
            Region = parse.GetValue(Region)!,
            ClockSpeed = parse.GetValue(ClockSpeed),
            Seed = parse.GetValue(Seed),
            PriceHistoryPath = parse.GetValue(PriceHistory),
            BootDelay = Seconds(parse.GetValue(BootDelaySeconds), "--boot-delay-seconds", problems),
            InterruptionNotice = Seconds(parse.GetValue(NoticeSeconds), "--notice-seconds", problems),
        };
        options.AvailabilityZones = [$"{options.Region}a", $"{options.Region}b", $"{options.Region}c"];
        foreach (var trace in parse.GetValue(Traces) ?? [])
        {
            var source = ParseTrace(trace);
            if (source is null) problems.Add($"--trace: '{trace}' is not TYPE@ZONE=PATH, e.g. p3.2xlarge@us-east-1a=traces/us-east-1a_v100_1.json");
            else options.AvailabilityTraces.Add(source);
        }

        if (options.PriceHistoryPath is { } history && !File.Exists(history))
            problems.Add($"--price-history: file '{history}' does not exist");
        foreach (var source in options.AvailabilityTraces.Where(s => !File.Exists(s.Path)))
            problems.Add($"--trace: file '{source.Path}' does not exist");
        return options;
    }

    private static TimeSpan Seconds(double value, string name, List<string> problems)
    {
        if (double.IsFinite(value) && value >= 0) return TimeSpan.FromSeconds(value);
        problems.Add($"{name}: must be zero or more seconds");
        return TimeSpan.Zero;
    }

    private static AvailabilityTraceSource? ParseTrace(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0 || eq <= at + 1 || eq == text.Length - 1) return null;
        return new AvailabilityTraceSource { InstanceType = text[..at], AvailabilityZone = text[(at + 1)..eq], Path = text[(eq + 1)..] };
    }
}
