using System.Globalization;
using System.Text.RegularExpressions;

namespace Spot.Launcher.Bootstrap;

/// <summary>The checks a trainer source must pass before it is written into user-data; errors name the field and rule.</summary>
internal static partial class TrainerSourceRules
{
    public static void ThrowIfInvalid(TrainerSource source, TimeSpan maxPresignedLifetime)
    {
        switch (source)
        {
            case TrainerSource.LocalCommand local:
                if (local.Command is not { Count: > 0 } || local.Command.Any(string.IsNullOrEmpty))
                {
                    throw new ArgumentException("Trainer.Command: needs at least one word, and no empty words.");
                }

                foreach (var word in local.Command)
                {
                    UserDataSecretGuard.ThrowIfSecretValue("Trainer.Command", word);
                }

                break;
            case TrainerSource.PresignedBundle bundle:
                ThrowIfBadPresignedUrl(bundle.Url, maxPresignedLifetime);
                ThrowIfBadEntryPoint(bundle.EntryPoint);
                break;
            case TrainerSource.S3Bundle bundle:
                if (bundle.Bucket is null || !BucketName().IsMatch(bundle.Bucket))
                {
                    throw new ArgumentException($"Trainer.Bucket: '{bundle.Bucket}' is not an S3 bucket name (3-63 lower-case letters, digits, '.' or '-').");
                }

                if (string.IsNullOrEmpty(bundle.Key) || bundle.Key.Any(char.IsControl))
                {
                    throw new ArgumentException("Trainer.Key: must be a non-empty S3 key without control characters.");
                }

                UserDataSecretGuard.ThrowIfSecretValue("Trainer.Key", bundle.Key);
                ThrowIfBadEntryPoint(bundle.EntryPoint);
                break;
            default:
                throw new ArgumentException("Trainer: is required (a local command, a pre-signed bundle or an S3 bundle).");
        }
    }

    private static void ThrowIfBadPresignedUrl(Uri url, TimeSpan maxLifetime)
    {
        if (url is not { IsAbsoluteUri: true, Scheme: "https" })
        {
            throw new ArgumentException($"Trainer.Url: '{url}' must be an absolute https URL.");
        }

        var query = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "", StringComparer.OrdinalIgnoreCase);
        if (!query.ContainsKey("X-Amz-Signature"))
        {
            throw new ArgumentException("Trainer.Url: must be a pre-signed S3 URL (X-Amz-Signature is missing).");
        }

        if (!query.TryGetValue("X-Amz-Expires", out var expires) || !int.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds <= 0 || seconds > maxLifetime.TotalSeconds)
        {
            throw new ArgumentException($"Trainer.Url: X-Amz-Expires must be between 1 and {maxLifetime.TotalSeconds:0} seconds, so the URL is short-lived.");
        }
    }

    private static void ThrowIfBadEntryPoint(string entryPoint)
    {
        if (entryPoint is null || !EntryPoint().IsMatch(entryPoint) || entryPoint.Split('/').Contains(".."))
        {
            throw new ArgumentException($"Trainer.EntryPoint: '{entryPoint}' must be a relative path inside the bundle (letters, digits, '.', '_', '-', '/'; no '..').");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketName();

    [GeneratedRegex("^[A-Za-z0-9_.-][A-Za-z0-9_./-]*$")]
    private static partial Regex EntryPoint();
}
