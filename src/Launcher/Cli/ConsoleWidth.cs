using Spectre.Console;

namespace Spot.Launcher.Cli;

/// <summary>
/// Spectre.Console falls back to 80 columns when output is piped, which wraps the wide offering and report tables
/// cell by cell. Piped output goes to files and pagers, so give it room: $COLUMNS when set, else 160.
/// </summary>
public static class ConsoleWidth
{
    public const int RedirectedDefault = 160;

    public static IAnsiConsole Adjust(IAnsiConsole console, bool outputRedirected, string? columns)
    {
        if (outputRedirected)
            console.Profile.Width = int.TryParse(columns, out var width) && width >= 40 ? width : RedirectedDefault;
        return console;
    }
}
