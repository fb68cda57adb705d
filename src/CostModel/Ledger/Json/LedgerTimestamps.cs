using System.Globalization;

namespace Spot.CostModel.Ledger.Json;

/// <summary>Instants in the ledger file: ISO 8601 with a Z or an explicit offset, written in UTC with a Z.</summary>
public static class LedgerTimestamps
{
    // The F specifiers drop trailing zeros, and the point with them, so whole seconds print as 12:00:00Z.
    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";
    private const string OffsetFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    public const string Expected = "an ISO 8601 instant with a Z or an offset, such as 2026-03-02T08:00:00Z";

    public static string Write(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture);

    /// <summary>Parses an instant; one without a zone is refused, since it could mean any zone.</summary>
    public static bool TryParse(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(text, UtcFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out instant)
        || DateTimeOffset.TryParseExact(text, OffsetFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.None, out instant);
}
