using System.Globalization;

namespace Spot.CostModel.Pricing;

/// <summary>Parses the price and timestamp fields shared by both history readers, with errors naming the field.</summary>
internal static class SpotPriceFields
{
    public static decimal Price(string? text, string where)
    {
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price) && price > 0)
        {
            return price;
        }

        throw new SpotPriceFormatException($"{where}: field SpotPrice must be a positive decimal number (got '{text}').");
    }

    public static DateTimeOffset Timestamp(string? text, string where)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return at;
        }

        throw new SpotPriceFormatException($"{where}: field Timestamp must be an ISO 8601 time (got '{text}').");
    }

    public static string Required(string? text, string field, string where) =>
        string.IsNullOrWhiteSpace(text)
            ? throw new SpotPriceFormatException($"{where}: field {field} is missing or empty.")
            : text.Trim();
}
