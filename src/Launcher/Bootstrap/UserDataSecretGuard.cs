using System.Text.RegularExpressions;

namespace Spot.Launcher.Bootstrap;

/// <summary>
/// Keeps credentials out of user-data, which anyone who may describe the instance (and every process on it through
/// IMDS) can read. Instances get their rights from the instance role (LocalCloud: dummy keys it injects itself).
/// </summary>
public static partial class UserDataSecretGuard
{
    /// <summary>Throws naming the variable and the rule when a name is not SPOT_* or a name or value looks secret.</summary>
    public static void ThrowIfUnsafe(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        foreach (var (name, value) in environment)
        {
            if (name is null || !SpotName().IsMatch(name))
            {
                throw new ArgumentException($"environment: '{name}' is not a SPOT_* name (SPOT_ then capitals, digits or _); user-data carries only the trainer's settings.", nameof(environment));
            }

            if (SecretName().IsMatch(name))
            {
                throw new ArgumentException($"environment: '{name}' names a secret; give the instance rights through its role, never through user-data.", nameof(environment));
            }

            ThrowIfSecretValue($"environment: {name}", value ?? throw new ArgumentException($"environment: '{name}' has no value.", nameof(environment)));
        }
    }

    /// <summary>Throws naming <paramref name="what"/> when the text holds something that looks like a credential.</summary>
    public static void ThrowIfSecretValue(string what, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var rule = value.Contains('\0', StringComparison.Ordinal) ? "holds a NUL character"
            : AccessKeyId().IsMatch(value) ? "holds an AWS access key id"
            : SecretWords().IsMatch(value) ? "mentions AWS secret or session credentials"
            : PrivateKey().IsMatch(value) ? "holds a private key"
            : UrlCredentials().IsMatch(value) ? "holds a URL with a user name and password"
            : SignedUrl().IsMatch(value) ? "holds a signed URL (pass a pre-signed trainer bundle URL as the trainer source only)"
            : LooksLikeSecretKey(value) ? "holds what looks like an AWS secret access key (40 base64 characters)"
            : null;
        if (rule is not null)
        {
            throw new ArgumentException($"{what}: the value {rule}; user-data must hold no credentials or secrets.");
        }
    }

    // Secret access keys are 40 characters of base64; hex digests (SHA-1) have no capitals, so they pass, and so do
    // absolute paths (a leading slash, or several: a key holds a slash rarely and almost never three).
    private static bool LooksLikeSecretKey(string value) =>
        Base64Run().Matches(value).Any(m => m.Value.Any(char.IsUpper) && m.Value.Any(char.IsLower) && m.Value.Any(char.IsDigit)
            && m.Value[0] != '/' && m.Value.Count(c => c == '/') < 3);

    [GeneratedRegex("^SPOT_[A-Z0-9_]+$")]
    private static partial Regex SpotName();

    [GeneratedRegex("SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE|SESSION|TOKEN|ACCESS_KEY|API_KEY")]
    private static partial Regex SecretName();

    [GeneratedRegex("(?<![A-Z0-9])(AKIA|ASIA|AIDA|AROA|ANPA)[A-Z0-9]{16}(?![A-Z0-9])")]
    private static partial Regex AccessKeyId();

    [GeneratedRegex("aws_secret|aws_session|secret_access_key|session_token|x-amz-security-token", RegexOptions.IgnoreCase)]
    private static partial Regex SecretWords();

    [GeneratedRegex("-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlCredentials();

    [GeneratedRegex("x-amz-credential|x-amz-signature", RegexOptions.IgnoreCase)]
    private static partial Regex SignedUrl();

    [GeneratedRegex("(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])")]
    private static partial Regex Base64Run();
}
