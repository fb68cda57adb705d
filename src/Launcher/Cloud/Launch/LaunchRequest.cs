using System.Text;
using System.Text.RegularExpressions;
using Spot.CostModel.Placement;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>
/// One attempt of one job to launch: the job and attempt (they make the ClientToken and the tags), the job's bid
/// ceiling (MaxPrice per offering), the rendered user-data script and extra tags.
/// </summary>
public sealed partial record LaunchRequest(string JobId, int Attempt, BidCeiling Ceiling, string UserData)
{
    /// <summary>EC2 refuses user data over 16 KiB before base64 encoding.</summary>
    public const int MaxUserDataBytes = 16 * 1024;

    /// <summary>More tags for the instance and its volumes; the spot:* keys and Name are Spot's own.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>Every rule this request breaks, each naming the field; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (JobId is null || !JobIdPattern().IsMatch(JobId))
        {
            errors.Add($"JobId: '{JobId}' must be 1 to 48 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }

        if (Attempt is < 1 or > 9999)
        {
            errors.Add($"Attempt: {Attempt} must be between 1 and 9999.");
        }

        if (Ceiling is null)
        {
            errors.Add("Ceiling: is required (BidCeiling.None for no ceiling).");
        }

        if (string.IsNullOrWhiteSpace(UserData))
        {
            errors.Add("UserData: is required (render it with the bootstrap).");
        }
        else if (Encoding.UTF8.GetByteCount(UserData) > MaxUserDataBytes)
        {
            errors.Add($"UserData: {Encoding.UTF8.GetByteCount(UserData)} bytes is over EC2's limit of {MaxUserDataBytes}.");
        }

        foreach (var key in (Tags ?? new Dictionary<string, string>()).Keys)
        {
            if (key.StartsWith("spot:", StringComparison.Ordinal) || key == SpotTags.Name || key.StartsWith("aws:", StringComparison.Ordinal))
            {
                errors.Add($"Tags: '{key}' is reserved (spot:*, Name and aws:* are set by Spot or AWS).");
            }
        }

        return errors;
    }

    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid launch request: " + string.Join(" ", errors));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,47}$")]
    private static partial Regex JobIdPattern();
}
