using System.Globalization;
using Spot.CostModel;
using Spot.CostModel.Placement;

namespace Spot.Launcher.Cli.Prices;

/// <summary>How `spot prices` writes figures and names, shared by the table and the JSON.</summary>
internal static class PricesFormat
{
    public static string Rate(decimal usdPerHour) => usdPerHour.ToString("$0.0000", CultureInfo.InvariantCulture);

    public static string Cost(decimal usd) => Money.ToCents(usd).ToString("$#,##0.00", CultureInfo.InvariantCulture);

    public static string Hours(double hours) => hours.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Mtbf(double hours) => double.IsInfinity(hours) ? "-" : hours.ToString("#,##0", CultureInfo.InvariantCulture) + " h";

    public static string Interval(TimeSpan? interval) =>
        interval is { } i ? i.TotalMinutes.ToString("0", CultureInfo.InvariantCulture) + " min" : "-";

    public static string Savings(RankedOffering offering) =>
        offering.SavingsPercent.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string MarketName(Market market) => market == Market.OnDemand ? "on-demand" : "spot";

    /// <summary>snake_case of an enum member: PriceAboveCeiling → price_above_ceiling.</summary>
    public static string Snake<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
