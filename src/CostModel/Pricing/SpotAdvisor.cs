using System.Text.Json;
using Spot.CostModel.Catalog;

namespace Spot.CostModel.Pricing;

/// <summary>
/// Interruption buckets and savings per (region, type) from the Spot Instance Advisor. The bundled copy is a subset
/// of AWS's published feed for the catalog's types in us-east-1, us-east-2 and us-west-2; see its "source" and "as_of".
/// </summary>
public sealed class SpotAdvisor
{
    private static readonly Lazy<SpotAdvisor> BundledAdvisor =
        new(() => Load(EmbeddedData.Open(EmbeddedData.SpotAdvisorFile)));

    private readonly Dictionary<(string Region, string Type), AdvisorEntry> _entries;

    public SpotAdvisor(string source, DateOnly asOf, IEnumerable<AdvisorEntry> entries)
    {
        Source = source;
        AsOf = asOf;
        _entries = entries.ToDictionary(e => (e.Region, e.InstanceType));
    }

    public string Source { get; }

    public DateOnly AsOf { get; }

    public static SpotAdvisor Bundled() => BundledAdvisor.Value;

    public static SpotAdvisor Load(Stream json)
    {
        try
        {
            return SpotAdvisorReader.Read(json);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or ArgumentOutOfRangeException)
        {
            throw new SpotPriceFormatException($"Spot advisor data is not usable: {e.Message}", e);
        }
    }

    public AdvisorEntry? Find(string region, string instanceType) => _entries.GetValueOrDefault((region, instanceType));

    /// <summary>The advisor's hazard for the type in the region, or null when the advisor does not list it.</summary>
    public InterruptionRate? RateFor(string region, string instanceType) => Find(region, instanceType)?.Rate;
}
