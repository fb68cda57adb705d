using System.Globalization;
using Spot.CostModel;

namespace Spot.Launcher.Cli.CostReport;

/// <summary>How the report shows its figures, shared by the table and the JSON so both show the same numbers:
/// dollars in cents, savings in percent to one decimal place.</summary>
public static class ReportFigures
{
    public static decimal Usd(decimal usd) => Money.ToCents(usd);

    public static decimal? Percent(decimal? percent) =>
        percent is { } p ? Math.Round(p, 1, MidpointRounding.AwayFromZero) : null;

    public static string UsdText(decimal usd) => "$" + Usd(usd).ToString("0.00", CultureInfo.InvariantCulture);

    public static string PercentText(decimal? percent) =>
        Percent(percent) is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
