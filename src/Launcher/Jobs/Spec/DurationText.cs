using System.Globalization;
using System.Text.RegularExpressions;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// Short spans as people write them in specs: whole numbers with units d, h, m, s, largest first, like <c>6h</c>,
/// <c>90m</c>, <c>1h30m</c> or <c>120s</c>.
/// </summary>
internal static partial class DurationText
{
    public const string Form = "whole numbers with units d, h, m or s, largest first (6h, 1h30m, 120s)";

    public static TimeSpan? Parse(string text)
    {
        var match = Pattern().Match(text.Replace(" ", "", StringComparison.Ordinal));
        if (!match.Success || match.Length == 0)
            return null;

        long Part(string name) => match.Groups[name].Success
            ? long.Parse(match.Groups[name].Value, NumberStyles.None, CultureInfo.InvariantCulture)
            : 0;

        // Nine digits per unit keep the sum far inside a long and inside TimeSpan's range.
        return TimeSpan.FromSeconds((Part("d") * 86_400) + (Part("h") * 3_600) + (Part("m") * 60) + Part("s"));
    }

    [GeneratedRegex(@"^(?:(?<d>\d{1,9})d)?(?:(?<h>\d{1,9})h)?(?:(?<m>\d{1,9})m)?(?:(?<s>\d{1,9})s)?$")]
    private static partial Regex Pattern();
}
