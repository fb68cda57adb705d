using System.CommandLine;
using Spot.CostModel.Catalog;
using Spot.CostModel.Placement;

namespace Spot.Launcher.Cli.Prices;

/// <summary>Turns parsed options into a placement request; unset options keep the request's documented defaults.</summary>
internal static class PricesRequestBuilder
{
    public static PlacementRequest Build(ParseResult parse, PricesOptions options)
    {
        var defaults = new PlacementRequest();
        var interval = parse.GetValue(options.CheckpointIntervalMinutes);
        return new PlacementRequest
        {
            Resources = new ResourceRequirement(
                Gpus: parse.GetValue(options.Gpus) ?? 0,
                GpuModel: parse.GetValue(options.GpuModel),
                MinGpuMemoryGiB: parse.GetValue(options.MinGpuMemory),
                VCpus: parse.GetValue(options.VCpus) ?? 0,
                MemoryGiB: parse.GetValue(options.Memory) ?? 0),
            Regions = parse.GetValue(options.Regions) ?? [],
            Zones = parse.GetValue(options.Zones) ?? [],
            AllowedTypes = parse.GetValue(options.Types) ?? [],
            ExcludedTypes = parse.GetValue(options.ExcludeTypes) ?? [],
            Markets = parse.GetValue(options.Markets) ?? defaults.Markets,
            Ceiling = new BidCeiling(parse.GetValue(options.MaxPrice), parse.GetValue(options.MaxPriceFraction)),
            WorkHours = parse.GetValue(options.Hours) ?? defaults.WorkHours,
            CheckpointCost = parse.GetValue(options.CheckpointCostSeconds) is { } seconds ? TimeSpan.FromSeconds(seconds) : defaults.CheckpointCost,
            CheckpointInterval = interval is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
            RestartOverhead = parse.GetValue(options.RestartOverheadMinutes) is { } restart ? TimeSpan.FromMinutes(restart) : defaults.RestartOverhead,
        };
    }
}
