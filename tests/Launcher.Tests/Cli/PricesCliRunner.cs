using Spectre.Console.Testing;
using Spot.Launcher.Cli;

namespace Spot.Launcher.Tests.Cli;

/// <summary>Runs `spot ...` against a wide TestConsole and hands back the exit code and everything printed.</summary>
internal static class PricesCliRunner
{
    /// <summary>A fixed "now" so runs do not depend on the clock.</summary>
    public const string At = "2026-11-23T12:00:00Z";

    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 250;
        var exitCode = await SpotCli.RunAsync(args, console);
        return (exitCode, console.Output);
    }

    /// <summary>Writes a temporary file for an option that takes a path; the caller deletes it.</summary>
    public static string TempFile(string contents, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"spot-prices-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, contents);
        return path;
    }
}
