using System.Globalization;

namespace Spot.Launcher.Cloud.Instances;

/// <summary>How Spot's instances are listed and swept. Bound from "Instances"; every default suits AWS and LocalCloud.</summary>
public sealed class InstancesOptions
{
    public const string SectionName = "Instances";

    /// <summary>MaxResults per DescribeInstances page; default 1000 (EC2's maximum), at least 5 (EC2's minimum).</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>Spot request ids per DescribeSpotInstanceRequests call; default 200, between 1 and 1000.</summary>
    public int SpotRequestBatchSize { get; set; } = 200;

    /// <summary>Instance ids per TerminateInstances call when sweeping orphans; default 500, between 1 and 1000.</summary>
    public int TerminateBatchSize { get; set; } = 500;

    /// <summary>Longest wait for one call before the whole poll counts as unknown; default 20 s, between 1 s and 5 min.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Also ask for spot requests marked for termination (one filtered, paginated call), so a notice shows before the
    /// instance goes; default true.
    /// </summary>
    public bool WatchMarkedForTermination { get; set; } = true;

    /// <summary>Every rule these options break, each naming the field; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (PageSize is < 5 or > 1000)
        {
            errors.Add($"{SectionName}:{nameof(PageSize)}: {PageSize} must be between 5 and 1000 (EC2's MaxResults range).");
        }

        if (SpotRequestBatchSize is < 1 or > 1000)
        {
            errors.Add($"{SectionName}:{nameof(SpotRequestBatchSize)}: {SpotRequestBatchSize} must be between 1 and 1000.");
        }

        if (TerminateBatchSize is < 1 or > 1000)
        {
            errors.Add($"{SectionName}:{nameof(TerminateBatchSize)}: {TerminateBatchSize} must be between 1 and 1000.");
        }

        if (CallTimeout < TimeSpan.FromSeconds(1) || CallTimeout > TimeSpan.FromMinutes(5))
        {
            errors.Add($"{SectionName}:{nameof(CallTimeout)}: {CallTimeout.ToString("c", CultureInfo.InvariantCulture)} must be between 00:00:01 and 00:05:00.");
        }

        return errors;
    }

    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid instances options: " + string.Join(" ", errors));
        }
    }
}
