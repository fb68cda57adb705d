namespace Spot.CostModel.Catalog;

/// <summary>
/// Maps availability-zone IDs to zone names and zones to regions. Public price data (the bundled snapshot, the
/// ericpauley history) is keyed by zone ID because IDs are the same for every account; launches and
/// <see cref="PoolId"/> use zone names. On AWS the ID-to-name mapping is drawn per account, so the bundled
/// mapping is only a documented default (az1 → a, az2 → b, ...); the launcher refreshes it from
/// DescribeAvailabilityZones (ZoneId → ZoneName) with <see cref="WithNames"/>.
/// </summary>
public sealed class ZoneMap
{
    private readonly Dictionary<string, ZoneInfo> _byId;
    private readonly Dictionary<string, ZoneInfo> _byName;

    public ZoneMap(IEnumerable<ZoneInfo> zones)
    {
        Zones = zones.OrderBy(z => z.Region, StringComparer.Ordinal).ThenBy(z => z.ZoneName, StringComparer.Ordinal).ToList();
        _byId = new Dictionary<string, ZoneInfo>(StringComparer.Ordinal);
        _byName = new Dictionary<string, ZoneInfo>(StringComparer.Ordinal);
        foreach (var zone in Zones)
        {
            if (!_byId.TryAdd(zone.ZoneId, zone))
            {
                throw new ArgumentException($"Zone ID '{zone.ZoneId}' appears twice.", nameof(zones));
            }

            if (!_byName.TryAdd(zone.ZoneName, zone))
            {
                throw new ArgumentException($"Zone name '{zone.ZoneName}' appears twice.", nameof(zones));
            }
        }
    }

    public IReadOnlyList<ZoneInfo> Zones { get; }

    public IReadOnlyList<string> Regions => Zones.Select(z => z.Region).Distinct().ToList();

    public IReadOnlyList<ZoneInfo> ZonesIn(string region) => Zones.Where(z => z.Region == region).ToList();

    public bool TryGetByName(string zoneName, out ZoneInfo zone) => _byName.TryGetValue(zoneName, out zone!);

    public bool TryGetById(string zoneId, out ZoneInfo zone) => _byId.TryGetValue(zoneId, out zone!);

    /// <summary>Turns a zone ID into its name; a known zone name passes through; anything else gives null.</summary>
    public string? ToZoneName(string idOrName) =>
        _byName.ContainsKey(idOrName) ? idOrName : _byId.TryGetValue(idOrName, out var zone) ? zone.ZoneName : null;

    /// <summary>A copy with this account's names, as DescribeAvailabilityZones reports them (ZoneId → ZoneName).</summary>
    public ZoneMap WithNames(IReadOnlyDictionary<string, string> namesById)
    {
        foreach (var id in namesById.Keys.Where(id => !_byId.ContainsKey(id)))
        {
            throw new ArgumentException($"Zone ID '{id}' is not in the catalog.", nameof(namesById));
        }

        return new ZoneMap(Zones.Select(z => namesById.TryGetValue(z.ZoneId, out var name) ? z with { ZoneName = name } : z));
    }
}
