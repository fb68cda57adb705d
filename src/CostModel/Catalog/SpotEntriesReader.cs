namespace Spot.CostModel.Catalog;

/// <summary>Validates the optional "spot_prices" snapshot and keys it by pool (zone IDs become zone names).</summary>
internal static class SpotEntriesReader
{
    public static SpotPriceSnapshot Read(
        SpotPricesEntry? section,
        IReadOnlyList<ZoneInfo> zones,
        IReadOnlyDictionary<string, InstanceTypeInfo> types,
        List<string> problems)
    {
        if (section is null)
        {
            return SpotPriceSnapshot.Empty;
        }

        if (section.AsOf is null)
        {
            problems.Add("spot_prices: field \"as_of\" is missing");
        }

        if (string.IsNullOrWhiteSpace(section.Source))
        {
            problems.Add("spot_prices: field \"source\" is missing");
        }

        var zonesById = zones.ToDictionary(z => z.ZoneId, StringComparer.Ordinal);
        var prices = new Dictionary<PoolId, decimal>();
        var entries = section.Prices ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var where = $"spot_prices.prices[{i}] (\"{entry?.InstanceType}\" in \"{entry?.ZoneId}\")";
            if (entry?.InstanceType is null || !types.TryGetValue(entry.InstanceType, out var type))
            {
                problems.Add($"{where}: field \"instance_type\" must name a type in \"instance_types\"");
                continue;
            }

            if (entry.ZoneId is null || !zonesById.TryGetValue(entry.ZoneId, out var zone))
            {
                problems.Add($"{where}: field \"zone_id\" must name a zone ID listed under \"regions\"");
                continue;
            }

            if (entry.UsdPerHour is not > 0)
            {
                problems.Add($"{where}: field \"usd_per_hour\" must be above 0 (got {CatalogReader.Show(entry.UsdPerHour)})");
                continue;
            }

            if (!type.IsOfferedIn(zone.Region))
            {
                problems.Add($"{where}: the type has no on-demand price in {zone.Region}, so it cannot have a spot price there");
                continue;
            }

            if (!prices.TryAdd(new PoolId(type.Name, zone.ZoneName), entry.UsdPerHour.Value))
            {
                problems.Add($"{where}: the pool is listed twice");
            }
        }

        return new SpotPriceSnapshot(section.AsOf ?? DateTimeOffset.UnixEpoch, section.Source ?? string.Empty, prices);
    }
}
