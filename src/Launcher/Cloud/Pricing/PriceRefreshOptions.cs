using System.Globalization;

namespace Spot.Launcher.Cloud.Pricing;

/// <summary>How spot prices are refreshed. Bound from "Pricing"; every default suits AWS and LocalCloud.</summary>
public sealed class PriceRefreshOptions
{
    public const string SectionName = "Pricing";

    /// <summary>How far back each refresh reads; default 6 h, between 1 h and 90 days (EC2 keeps 90 days).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(6);

    /// <summary>MaxResults per DescribeSpotPriceHistory page; default 1000, between 1 and 1000.</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>Longest wait for one page before that region's refresh counts as failed; default 30 s, between 1 s and 5 min.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Every rule these options break, each naming the field; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Window < TimeSpan.FromHours(1) || Window > TimeSpan.FromDays(90))
        {
            errors.Add($"{SectionName}:{nameof(Window)}: {Show(Window)} must be between 01:00:00 and 90.00:00:00.");
        }

        if (PageSize is < 1 or > 1000)
        {
            errors.Add($"{SectionName}:{nameof(PageSize)}: {PageSize} must be between 1 and 1000.");
        }

        if (CallTimeout < TimeSpan.FromSeconds(1) || CallTimeout > TimeSpan.FromMinutes(5))
        {
            errors.Add($"{SectionName}:{nameof(CallTimeout)}: {Show(CallTimeout)} must be between 00:00:01 and 00:05:00.");
        }

        return errors;
    }

    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid pricing options: " + string.Join(" ", errors));
        }
    }

    private static string Show(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
