using System.ComponentModel.DataAnnotations;

namespace Spot.Launcher.Store;

/// <summary>Where the job store lives and how long a writer waits for another to finish.</summary>
public sealed class JobStoreOptions
{
    /// <summary>The store's file name under the data directory when no path is given.</summary>
    public const string DefaultFileName = "jobs.db";

    /// <summary>The SQLite file. Required; its folder is created when missing. Tests use a temporary file.</summary>
    [Required]
    public string DatabasePath { get; set; } = "";

    /// <summary>How long a write waits for another process's write to finish before failing. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The default store path under a data directory the caller chooses (for the CLI, the user's local
    /// application data folder), such as ~/.local/share/spot/jobs.db.</summary>
    public static string DefaultPathUnder(string dataDirectory) =>
        string.IsNullOrWhiteSpace(dataDirectory)
            ? throw new ArgumentException("The data directory must not be empty.", nameof(dataDirectory))
            : Path.Combine(dataDirectory, "spot", DefaultFileName);

    /// <exception cref="ArgumentException">Naming the option and the rule it breaks.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(DatabasePath))
            throw new ArgumentException($"{nameof(DatabasePath)} must name the store's SQLite file.", nameof(DatabasePath));
        if (BusyTimeout <= TimeSpan.Zero || BusyTimeout > TimeSpan.FromMinutes(10))
            throw new ArgumentException(
                $"{nameof(BusyTimeout)} must be more than 0 and at most 10 minutes, was {BusyTimeout}.", nameof(BusyTimeout));
    }
}
