using Microsoft.Extensions.Options;
using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Hosting;

/// <summary>Checks attributes (generated) and the rules that span fields; every failure names its field.</summary>
[OptionsValidator]
public sealed partial class LocalCloudOptionsValidator : IValidateOptions<LocalCloudOptions>
{
    /// <summary>All problems with <paramref name="options"/>, or none.</summary>
    public static IReadOnlyList<string> Problems(LocalCloudOptions options)
    {
        var problems = new List<string>();
        var result = new LocalCloudOptionsValidator().Validate(null, options);
        if (result.Failed)
        {
            problems.AddRange(result.Failures);
        }

        foreach (var zone in options.AvailabilityZones ?? [])
        {
            if (!AvailabilityZones.IsZoneName(zone) || AvailabilityZones.RegionOf(zone) != options.Region)
            {
                problems.Add($"AvailabilityZones: '{zone}' is not a zone of region {options.Region} (such as {options.Region}a).");
            }
        }

        for (var i = 0; i < (options.AvailabilityTraces?.Count ?? 0); i++)
        {
            var source = options.AvailabilityTraces![i];
            if (!AvailabilityZones.IsZoneName(source.AvailabilityZone))
            {
                problems.Add($"AvailabilityTraces[{i}].AvailabilityZone: '{source.AvailabilityZone}' is not a zone name such as us-east-1a.");
            }
        }

        if (options.Ec2Port != 0 && options.Ec2Port == options.S3Port)
        {
            problems.Add("S3Port: must differ from Ec2Port.");
        }

        return problems;
    }

    /// <summary>Throws one exception listing every problem.</summary>
    public static void ThrowIfInvalid(LocalCloudOptions options)
    {
        var problems = Problems(options);
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(nameof(LocalCloudOptions), typeof(LocalCloudOptions), problems);
        }
    }
}
