using System.Globalization;
using System.Text.RegularExpressions;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>Reads the job's money and time limits: <c>market</c>, <c>bid_ceiling</c>, <c>budget_usd</c> and <c>deadline</c>.</summary>
internal static partial class LimitsSectionReader
{
    private const string UsdPerHour = "usd_per_hour";
    private const string Fraction = "fraction_of_on_demand";
    private static readonly string[] CeilingKeys = [UsdPerHour, Fraction];

    public static JobMarket ReadMarket(SpecMap root) =>
        root.Choice("market", SpecChoices.Markets, SpecDefaults.Market.ToSpecText()) is { } text
            ? JobMarketExtensions.FromSpecText(text)
            : SpecDefaults.Market;

    public static BidCeilingSpec? ReadBidCeiling(SpecMap root, JobMarket market)
    {
        if (!root.Has("bid_ceiling"))
            return null;

        var map = root.Map("bid_ceiling", CeilingKeys);
        var absolute = map.Number(UsdPerHour, NumberRange.AboveZeroUpTo(1000));

        // Spot never costs more than on-demand, so a fraction above 1 would be no ceiling at all.
        var fraction = map.Number(Fraction, NumberRange.AboveZeroUpTo(1));
        if (map.Has(UsdPerHour) && map.Has(Fraction))
            map.Fail(Fraction, $"give {UsdPerHour} or {Fraction}, not both");
        else if (!map.Has(UsdPerHour) && !map.Has(Fraction))
            map.FailSection($"needs {UsdPerHour} (e.g. 0.5) or {Fraction} (e.g. 0.7)");

        if (!market.UsesSpot())
            root.Fail("bid_ceiling", $"bounds spot prices only; market is {market.ToSpecText()}");
        return absolute is null && fraction is null ? null : new BidCeilingSpec(absolute, fraction);
    }

    public static decimal ReadBudget(SpecMap root) =>
        root.Number("budget_usd", NumberRange.AboveZeroUpTo(1_000_000), required: true) ?? 0;

    public static DeadlineSpec? ReadDeadline(SpecMap root)
    {
        if (root.Text("deadline") is not { } text)
            return null;
        if (InstantForm().IsMatch(text))
        {
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                return DeadlineSpec.Instant(at);
            root.Fail("deadline", $"'{text}' is not a real date and time");
            return null;
        }

        if (DurationText.Parse(text) is { } span && span > TimeSpan.Zero)
            return DeadlineSpec.FromSubmission(span);
        root.Fail("deadline", $"'{text}' is neither an ISO-8601 instant with a zone (2026-12-01T18:00:00Z) nor a span above zero from submission ({DurationText.Form})");
        return null;
    }

    // A date, a time and an explicit zone: a deadline without a zone would depend on the daemon's clock settings.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex InstantForm();
}
