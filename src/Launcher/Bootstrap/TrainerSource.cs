namespace Spot.Launcher.Bootstrap;

/// <summary>Where an instance gets the trainer it runs: a local build (LocalCloud) or a published bundle (AWS).</summary>
public abstract record TrainerSource
{
    private TrainerSource()
    {
    }

    /// <summary>LocalCloud: run this command (argv, each word quoted) in the instance's working directory.</summary>
    public sealed record LocalCommand(IReadOnlyList<string> Command) : TrainerSource;

    /// <summary>AWS: download the bundle (a .tar.gz) from a short-lived pre-signed HTTPS URL, unpack it, run <paramref name="EntryPoint"/>.</summary>
    public sealed record PresignedBundle(Uri Url, string EntryPoint) : TrainerSource;

    /// <summary>AWS: copy the bundle (a .tar.gz) from S3 with the instance role, unpack it, run <paramref name="EntryPoint"/>.</summary>
    public sealed record S3Bundle(string Bucket, string Key, string EntryPoint) : TrainerSource;

    /// <summary>
    /// The locally built trainer: <c>dotnet Spot.Trainer.dll</c> for an assembly, or the apphost itself. The path is
    /// made absolute because user-data runs in the instance's own working directory.
    /// </summary>
    public static LocalCommand LocalBuild(string trainerPath)
    {
        if (string.IsNullOrWhiteSpace(trainerPath))
        {
            throw new ArgumentException("trainerPath: is required (Spot.Trainer.dll or the Spot.Trainer apphost).", nameof(trainerPath));
        }

        var full = Path.GetFullPath(trainerPath);
        return full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new LocalCommand(["dotnet", full])
            : new LocalCommand([full]);
    }
}
