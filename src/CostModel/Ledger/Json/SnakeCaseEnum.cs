using System.Text.Json;

namespace Spot.CostModel.Ledger.Json;

/// <summary>An enum's members by their snake_case names (on_demand, spot_interruption), both ways.</summary>
internal static class SnakeCaseEnum<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = Enum.GetValues<TEnum>()
        .ToDictionary(NameOf, StringComparer.Ordinal);

    public static string AllowedNames => string.Join(", ", ByName.Keys);

    public static string NameOf(TEnum value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static bool TryParse(string name, out TEnum value) => ByName.TryGetValue(name, out value);
}
