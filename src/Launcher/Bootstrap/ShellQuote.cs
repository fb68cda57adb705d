namespace Spot.Launcher.Bootstrap;

/// <summary>Bash quoting for values written into user-data.</summary>
public static class ShellQuote
{
    /// <summary>
    /// Wraps <paramref name="value"/> in single quotes, where bash expands nothing ($, `, \, ! and newlines stay
    /// literal); an embedded single quote closes the quotes, adds an escaped quote and reopens them.
    /// </summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A shell word cannot hold a NUL character.", nameof(value));
        }

        return "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
