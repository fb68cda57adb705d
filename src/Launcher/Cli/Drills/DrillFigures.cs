using System.Globalization;
using System.Text.Json;
using Spot.Launcher.Drills;
using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Cli.Drills;

/// <summary>How the drill report shows its figures, shared by the table and the JSON so both say the same.</summary>
internal static class DrillFigures
{
    /// <summary>Money keeps six decimals: a drill's attempts cost fractions of a cent, which cents would hide.</summary>
    public static decimal Usd(decimal usd) => Math.Round(usd, 6, MidpointRounding.AwayFromZero);

    public static double Seconds(TimeSpan span) => Math.Round(span.TotalSeconds, 3, MidpointRounding.AwayFromZero);

    public static double? Seconds(TimeSpan? span) => span is { } s ? Seconds(s) : null;

    public static string SecondsText(TimeSpan? span) =>
        span is { } s ? s.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s" : "-";

    /// <summary>JobState as plan files spell it (budget_exhausted), so the report and the plans agree.</summary>
    public static string State(JobState state) => DrillPlanReader.SnakeName(state);

    /// <summary>Any other enum (end reasons, markets) in snake_case: spot_interruption, on_demand.</summary>
    public static string Snake(Enum value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static string WeightsText(bool? identical) => identical switch
    {
        true => "match",
        false => "DIFFER",
        null => "n/a",
    };

    public static string ResultText(bool passed) => passed ? "PASS" : "FAIL";

    /// <summary>How many of the plan's faults fired, as 2/2.</summary>
    public static string FiredText(DrillRunReport run) =>
        string.Create(CultureInfo.InvariantCulture, $"{run.Faults.Count(f => f.Fired)}/{run.Faults.Count}");

    /// <summary>The slowest recovery of the run: the one that matters when a soak is judged.</summary>
    public static TimeSpan? LongestRecovery(DrillRunReport run) =>
        run.Faults.Select(f => f.TimeToRecover).Where(t => t is not null).DefaultIfEmpty(null).Max();
}
