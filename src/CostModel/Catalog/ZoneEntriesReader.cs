namespace Spot.CostModel.Catalog;

/// <summary>Validates the "regions" section of a catalog into zones.</summary>
internal static class ZoneEntriesReader
{
    public static List<ZoneInfo> Read(List<RegionEntry?>? regions, List<string> problems)
    {
        var zones = new List<ZoneInfo>();
        if (regions is not { Count: > 0 })
        {
            problems.Add("field \"regions\" must list at least one region");
            return zones;
        }

        var regionNames = new HashSet<string>(StringComparer.Ordinal);
        var zoneKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < regions.Count; i++)
        {
            var region = regions[i];
            var where = $"regions[{i}]";
            if (string.IsNullOrWhiteSpace(region?.Name))
            {
                problems.Add($"{where}: field \"name\" is missing");
                continue;
            }

            where = $"regions[{i}] (\"{region.Name}\")";
            if (!regionNames.Add(region.Name))
            {
                problems.Add($"{where}: region is listed twice");
            }

            if (region.Zones is not { Count: > 0 })
            {
                problems.Add($"{where}: field \"zones\" must list at least one zone");
                continue;
            }

            for (var j = 0; j < region.Zones.Count; j++)
            {
                var zone = region.Zones[j];
                if (string.IsNullOrWhiteSpace(zone?.Id) || string.IsNullOrWhiteSpace(zone.Name))
                {
                    problems.Add($"{where}.zones[{j}]: fields \"id\" and \"name\" are both required");
                    continue;
                }

                if (!zoneKeys.Add("id:" + zone.Id) || !zoneKeys.Add("name:" + zone.Name))
                {
                    problems.Add($"{where}.zones[{j}] (\"{zone.Id}\"): zone id or name is listed twice");
                    continue;
                }

                zones.Add(new ZoneInfo(region.Name, zone.Id, zone.Name));
            }
        }

        return zones;
    }
}
