using Spectre.Console;

namespace Spot.Launcher.Cli.CostReport;

/// <summary>Writes text straight to the console's writer. Spectre.Console wraps text at the console width, which
/// would break JSON for scripts and split error messages mid-path.</summary>
internal static class RawConsoleText
{
    public static void WriteRawLine(this IAnsiConsole console, string text) => console.Profile.Out.Writer.WriteLine(text);
}
