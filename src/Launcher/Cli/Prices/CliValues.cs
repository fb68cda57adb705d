using System.CommandLine;
using System.Globalization;
using System.Numerics;

namespace Spot.Launcher.Cli.Prices;

/// <summary>
/// Builders for options whose values need checking, so that a bad value becomes a parse error that names the
/// option and the rule instead of the parser's type name.
/// </summary>
internal static class CliValues
{
    /// <summary>A number option with a lower bound; null when the option is not given.</summary>
    public static Option<T?> Number<T>(string name, string description, T minimum, bool minimumAllowed)
        where T : struct, INumber<T>
    {
        var wholeNumber = typeof(T) == typeof(int);
        var noun = wholeNumber ? "a whole number" : "a number";
        var style = wholeNumber ? NumberStyles.AllowLeadingSign : NumberStyles.Float;
        var bound = $"{(minimumAllowed ? "at least" : "above")} {minimum.ToString(null, CultureInfo.InvariantCulture)}";
        return new Option<T?>(name)
        {
            Description = $"{description} ({noun} {bound}).",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (!T.TryParse(text, style, CultureInfo.InvariantCulture, out var value))
                {
                    result.AddError($"{name}: '{text}' is not {noun}.");
                    return null;
                }

                if (value < minimum || (!minimumAllowed && value == minimum))
                {
                    result.AddError($"{name}: must be {bound} (got {text}).");
                    return null;
                }

                return value;
            },
        };
    }

    /// <summary>A repeatable text option; each value may also hold a comma-separated list.</summary>
    public static Option<string[]> List(string name, string description) => new(name)
    {
        Description = description + " Repeat the option or separate values with commas.",
        AllowMultipleArgumentsPerToken = false,
        CustomParser = result => result.Tokens
            .SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray(),
    };

    /// <summary>An ISO 8601 time; times without an offset are read as UTC.</summary>
    public static Option<DateTimeOffset?> Time(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            {
                return at;
            }

            result.AddError($"{name}: '{text}' is not an ISO 8601 time such as 2026-11-23T12:00:00Z.");
            return null;
        },
    };
}
