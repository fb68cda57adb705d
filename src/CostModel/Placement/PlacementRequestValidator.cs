using Spot.CostModel.Catalog;

namespace Spot.CostModel.Placement;

/// <summary>Checks a request against its own rules and against the catalog it will be placed from.</summary>
public static class PlacementRequestValidator
{
    public static IReadOnlyList<PlacementRequestError> Validate(PlacementRequest request, InstanceCatalog catalog)
    {
        var errors = new List<PlacementRequestError>();
        void Fail(string field, string problem) => errors.Add(new PlacementRequestError(field, problem));

        CheckResources(request.Resources, catalog, Fail);
        CheckScope(request, catalog, Fail);
        CheckCeiling(request.Ceiling, Fail);
        CheckTimes(request, Fail);
        return errors;
    }

    public static void ThrowIfInvalid(PlacementRequest request, InstanceCatalog catalog)
    {
        var errors = Validate(request, catalog);
        if (errors.Count > 0)
        {
            throw new PlacementRequestException(errors);
        }
    }

    private static void CheckResources(ResourceRequirement resources, InstanceCatalog catalog, Action<string, string> fail)
    {
        if (resources.Gpus < 0)
        {
            fail(PlacementFields.Gpus, $"must be 0 or more (got {resources.Gpus})");
        }

        if (resources.VCpus < 0)
        {
            fail(PlacementFields.VCpus, $"must be 0 or more (got {resources.VCpus})");
        }

        if (resources.MemoryGiB < 0)
        {
            fail(PlacementFields.Memory, $"must be 0 or more GiB (got {resources.MemoryGiB})");
        }

        if (resources.MinGpuMemoryGiB is <= 0)
        {
            fail(PlacementFields.MinGpuMemory, $"must be above 0 GiB (got {resources.MinGpuMemoryGiB})");
        }

        if (resources.GpuModel is { } model)
        {
            var known = catalog.Types.Where(t => t.GpuModel is not null).Select(t => t.GpuModel!).Distinct().Order(StringComparer.Ordinal).ToList();
            if (!known.Contains(model, StringComparer.OrdinalIgnoreCase))
            {
                fail(PlacementFields.GpuModel, $"'{model}' is not a GPU model in the catalog (known: {string.Join(", ", known)})");
            }
        }
    }

    private static void CheckScope(PlacementRequest request, InstanceCatalog catalog, Action<string, string> fail)
    {
        foreach (var region in request.Regions.Where(r => !catalog.Regions.Contains(r)))
        {
            fail(PlacementFields.Regions, $"'{region}' is not a region in the catalog (known: {string.Join(", ", catalog.Regions)})");
        }

        foreach (var zone in request.Zones)
        {
            var name = catalog.Zones.ToZoneName(zone);
            if (name is null)
            {
                fail(PlacementFields.Zones, $"'{zone}' is not a zone name or zone ID in the catalog");
            }
            else if (request.Regions.Count > 0 && catalog.Zones.TryGetByName(name, out var info) && !request.Regions.Contains(info.Region))
            {
                fail(PlacementFields.Zones, $"'{zone}' is in {info.Region}, which the requested regions leave out");
            }
        }

        CheckTypeNames(request.AllowedTypes, PlacementFields.AllowedTypes, catalog, fail);
        CheckTypeNames(request.ExcludedTypes, PlacementFields.ExcludedTypes, catalog, fail);
        foreach (var type in request.AllowedTypes.Intersect(request.ExcludedTypes, StringComparer.Ordinal))
        {
            fail(PlacementFields.ExcludedTypes, $"'{type}' is both allowed and excluded");
        }

        if (request.Markets.Count == 0)
        {
            fail(PlacementFields.Markets, "must allow spot, on-demand or both");
        }
    }

    private static void CheckTypeNames(IReadOnlyList<string> names, string field, InstanceCatalog catalog, Action<string, string> fail)
    {
        foreach (var name in names.Where(n => !catalog.TryFind(n, out _)))
        {
            fail(field, $"'{name}' is not an instance type in the catalog");
        }
    }

    private static void CheckCeiling(BidCeiling ceiling, Action<string, string> fail)
    {
        if (ceiling.AbsoluteUsdPerHour is <= 0)
        {
            fail(PlacementFields.MaxPrice, $"must be above $0/h (got {ceiling.AbsoluteUsdPerHour})");
        }

        // Spot never costs more than on-demand, so a fraction above 1 would be no ceiling at all.
        if (ceiling.FractionOfOnDemand is <= 0 or > 1)
        {
            fail(PlacementFields.MaxPriceFraction, $"must be above 0 and at most 1 (got {ceiling.FractionOfOnDemand})");
        }
    }

    private static void CheckTimes(PlacementRequest request, Action<string, string> fail)
    {
        if (!(request.WorkHours > 0) || double.IsInfinity(request.WorkHours))
        {
            fail(PlacementFields.WorkHours, $"must be a finite number of hours above 0 (got {request.WorkHours})");
        }

        if (request.CheckpointCost <= TimeSpan.Zero)
        {
            fail(PlacementFields.CheckpointCost, $"must be above zero (got {request.CheckpointCost})");
        }

        if (request.CheckpointInterval is { } interval && interval <= TimeSpan.Zero)
        {
            fail(PlacementFields.CheckpointInterval, $"must be above zero (got {interval})");
        }

        if (request.RestartOverhead < TimeSpan.Zero)
        {
            fail(PlacementFields.RestartOverhead, $"must be zero or more (got {request.RestartOverhead})");
        }
    }
}
