using System.CommandLine;
using Spot.CostModel.Ledger.Json;

namespace Spot.Launcher.Cli.CostReport;

/// <summary>The options of `spot cost-report` and how they become a <see cref="CostReportRequest"/>. Values are
/// read as text and checked here, so every bad value gets a message naming the option and exit code 2.</summary>
public sealed class CostReportOptions
{
    /// <summary>Used when --ledger is left out and this file exists under the working directory.</summary>
    public const string ExampleLedger = "examples/ledger.example.json";

    public Option<string?> Ledger { get; } = new("--ledger")
    {
        Description = $"The JSON ledger file to report on (default: {ExampleLedger}, if it exists here).",
        HelpName = "FILE",
    };

    public Option<string?> Job { get; } = new("--job")
    {
        Description = "Report only this job.",
        HelpName = "NAME",
    };

    public Option<OutputFormat> Format { get; } = OutputFormatOption.Create();

    public Option<string?> Chart { get; } = new("--chart")
    {
        Description = "Also draw cumulative spend against on-demand per job to this PNG file.",
        HelpName = "FILE.png",
    };

    public Option<string?> AsOf { get; } = new("--as-of")
    {
        Description = "Bill running attempts up to this ISO 8601 instant, such as 2026-03-02T12:00:00Z (default: now).",
        HelpName = "INSTANT",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Ledger);
        command.Options.Add(Job);
        command.Options.Add(Format);
        command.Options.Add(Chart);
        command.Options.Add(AsOf);
    }

    /// <exception cref="CostReportArgumentException">An option's value breaks its rule.</exception>
    public CostReportRequest Read(ParseResult parse, string workingDirectory, TimeProvider time) => new(
        LedgerPathFrom(parse.GetValue(Ledger), workingDirectory),
        NonEmpty(parse.GetValue(Job), Job.Name),
        parse.GetValue(Format),
        ChartPathFrom(parse.GetValue(Chart), workingDirectory),
        AsOfFrom(parse.GetValue(AsOf), time));

    private static string LedgerPathFrom(string? given, string workingDirectory)
    {
        if (given is not null)
            return Path.GetFullPath(NonEmpty(given, "--ledger")!, workingDirectory);
        var example = Path.GetFullPath(ExampleLedger, workingDirectory);
        return File.Exists(example)
            ? example
            : throw new CostReportArgumentException(
                $"--ledger: give the ledger file to report on ({ExampleLedger} is not in {workingDirectory}).");
    }

    private static string? ChartPathFrom(string? given, string workingDirectory)
    {
        if (given is null)
            return null;
        var path = Path.GetFullPath(NonEmpty(given, "--chart")!, workingDirectory);
        return Path.GetExtension(path).Equals(".png", StringComparison.OrdinalIgnoreCase)
            ? path
            : throw new CostReportArgumentException($"--chart: '{given}' must end in .png (the chart is a PNG image).");
    }

    private static DateTimeOffset AsOfFrom(string? given, TimeProvider time)
    {
        if (given is null)
            return time.GetUtcNow();
        return LedgerTimestamps.TryParse(given, out var asOf)
            ? asOf
            : throw new CostReportArgumentException($"--as-of: '{given}' is not {LedgerTimestamps.Expected}.");
    }

    private static string? NonEmpty(string? value, string option) =>
        value is not null && string.IsNullOrWhiteSpace(value)
            ? throw new CostReportArgumentException($"{option}: the value must not be empty.")
            : value;
}
