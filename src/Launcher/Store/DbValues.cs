using System.Globalization;
using Spot.CostModel;

namespace Spot.Launcher.Store;

/// <summary>How values are written to and read from the store's TEXT columns. Reading is strict: a value this
/// build cannot parse means a damaged or foreign file, and the error names the column.</summary>
internal static class DbValues
{
    // Fixed width and always UTC, so text order is time order and every tick survives the round trip.
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Time(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static string? Time(DateTimeOffset? instant) => instant is { } value ? Time(value) : null;

    public static DateTimeOffset ReadTime(string text, string column) =>
        DateTimeOffset.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant
            : throw Corrupt(column, text, "an instant like 2026-01-02T03:04:05.0000000Z");

    public static string Money(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

    public static string? Money(decimal? amount) => amount is { } value ? Money(value) : null;

    public static decimal ReadMoney(string text, string column) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : throw Corrupt(column, text, "a decimal amount");

    public static string MarketName(Market market) => market switch
    {
        Market.Spot => "spot",
        Market.OnDemand => "on-demand",
        _ => throw new ArgumentOutOfRangeException(nameof(market), market, "unknown market"),
    };

    public static Market ReadMarket(string text, string column) => text switch
    {
        "spot" => Market.Spot,
        "on-demand" => Market.OnDemand,
        _ => throw Corrupt(column, text, "spot or on-demand"),
    };

    public static TEnum ReadEnum<TEnum>(string text, string column)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value)
            ? value
            : throw Corrupt(column, text, $"one of {string.Join(", ", Enum.GetNames<TEnum>())}");

    private static InvalidDataException Corrupt(string column, string text, string expected) =>
        new($"The job store's {column} column holds '{text}', which is not {expected}.");
}
