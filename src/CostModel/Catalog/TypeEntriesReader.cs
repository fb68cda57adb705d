namespace Spot.CostModel.Catalog;

/// <summary>Validates the "instance_types" section of a catalog.</summary>
internal static class TypeEntriesReader
{
    public static SortedDictionary<string, InstanceTypeInfo> Read(
        List<InstanceTypeEntry?>? entries, IReadOnlyList<ZoneInfo> zones, List<string> problems)
    {
        var types = new SortedDictionary<string, InstanceTypeInfo>(StringComparer.Ordinal);
        if (entries is not { Count: > 0 })
        {
            problems.Add("field \"instance_types\" must list at least one type");
            return types;
        }

        var regions = zones.Select(z => z.Region).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (string.IsNullOrWhiteSpace(entry?.Name))
            {
                problems.Add($"instance_types[{i}]: field \"name\" is missing");
                continue;
            }

            var where = $"instance_types[{i}] (\"{entry.Name}\")";
            var before = problems.Count;
            CheckCounts(entry, where, problems);
            CheckGpus(entry, where, problems);
            CheckPrices(entry, where, regions, problems);
            if (types.ContainsKey(entry.Name))
            {
                problems.Add($"{where}: type is listed twice");
            }

            if (problems.Count == before)
            {
                types[entry.Name] = new InstanceTypeInfo(
                    entry.Name, entry.Vcpus!.Value, entry.MemoryGib!.Value, entry.GpuCount!.Value,
                    entry.GpuModel, entry.GpuMemoryGib ?? 0, new SortedDictionary<string, decimal>(entry.OnDemandUsdPerHour!, StringComparer.Ordinal));
            }
        }

        return types;
    }

    private static void CheckCounts(InstanceTypeEntry entry, string where, List<string> problems)
    {
        if (entry.Vcpus is not > 0)
        {
            problems.Add($"{where}: field \"vcpus\" must be a whole number above 0 (got {CatalogReader.Show(entry.Vcpus)})");
        }

        if (entry.MemoryGib is not > 0)
        {
            problems.Add($"{where}: field \"memory_gib\" must be above 0 (got {CatalogReader.Show(entry.MemoryGib)})");
        }

        if (entry.GpuCount is not >= 0)
        {
            problems.Add($"{where}: field \"gpu_count\" must be a whole number, 0 or more (got {CatalogReader.Show(entry.GpuCount)})");
        }
    }

    private static void CheckGpus(InstanceTypeEntry entry, string where, List<string> problems)
    {
        if (entry.GpuCount is > 0)
        {
            if (string.IsNullOrWhiteSpace(entry.GpuModel))
            {
                problems.Add($"{where}: field \"gpu_model\" is required when gpu_count is above 0");
            }

            if (entry.GpuMemoryGib is not > 0)
            {
                problems.Add($"{where}: field \"gpu_memory_gib\" must be above 0 when gpu_count is above 0 (got {CatalogReader.Show(entry.GpuMemoryGib)})");
            }
        }
        else if (entry.GpuCount == 0 && (entry.GpuModel is not null || entry.GpuMemoryGib is not (null or 0)))
        {
            problems.Add($"{where}: fields \"gpu_model\" and \"gpu_memory_gib\" must be empty when gpu_count is 0");
        }
    }

    private static void CheckPrices(InstanceTypeEntry entry, string where, HashSet<string> regions, List<string> problems)
    {
        if (entry.OnDemandUsdPerHour is not { Count: > 0 })
        {
            problems.Add($"{where}: field \"on_demand_usd_per_hour\" must give a price for at least one region");
            return;
        }

        foreach (var (region, price) in entry.OnDemandUsdPerHour)
        {
            if (!regions.Contains(region))
            {
                problems.Add($"{where}: field \"on_demand_usd_per_hour\" names region \"{region}\", which \"regions\" does not list");
            }

            if (price <= 0)
            {
                problems.Add($"{where}: field \"on_demand_usd_per_hour\" for \"{region}\" must be above 0 (got {price})");
            }
        }
    }
}
