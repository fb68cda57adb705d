using Spot.LocalCloud.Instances;
using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Ec2.Actions;

/// <summary>
/// GetSpotPlacementScores: 1-10 per region (or per zone) for how likely the target capacity can be had now. The
/// score is the free spot capacity of the asked types as a share of the target, in tenths: 10 when it all fits.
/// </summary>
public sealed class PlacementScoresAction(SpotMarket market, InstanceLauncher launcher, InstanceStore store) : IEc2ActionFamily
{
    public void Register(Ec2Actions actions) => actions.Add("GetSpotPlacementScores", Score);

    private void Score(QueryParameters query, Ec2XmlWriter xml)
    {
        var types = query.List("InstanceType");
        if (types.Count == 0)
        {
            throw query.Has("InstanceRequirementsWithMetadata")
                ? Ec2Errors.InvalidParameterValue("InstanceRequirementsWithMetadata", "(given)", "LocalCloud scores explicit InstanceType.N lists only.")
                : Ec2Errors.MissingParameter("InstanceType.1");
        }

        foreach (var type in types.Where(t => market.Catalog.Find(t) is null))
        {
            throw Ec2Errors.InvalidParameterValue("InstanceType", type, "It is not an instance type LocalCloud sells.");
        }

        var target = query.Int("TargetCapacity", 1, 2_000_000_000) ?? throw Ec2Errors.MissingParameter("TargetCapacity");
        var unit = query.OneOf("TargetCapacityUnitType", "units", "vcpu", "memory-mib") ?? "units";
        var singleZone = query.Bool("SingleAvailabilityZone") ?? false;
        var regions = query.List("RegionName");
        var region = AvailabilityZones.RegionOf(market.Zones[0]);

        List<(string? ZoneId, int Score)> scores;
        lock (store.Sync)
        {
            var pools = market.Pools.Where(p => types.Contains(p.Key.InstanceType, StringComparer.Ordinal)).ToList();
            scores = singleZone
                ? pools.GroupBy(p => p.Key.AvailabilityZone).Select(z => ((string?)AvailabilityZones.IdOf(z.Key), ScoreOf(z, unit, target))).ToList()
                : [(null, ScoreOf(pools, unit, target))];
        }

        var shown = regions.Count == 0 || regions.Contains(region, StringComparer.Ordinal) ? scores.OrderByDescending(s => s.Score).ToList() : [];
        var (page, next) = Pagination.Page(shown, query, 10, 1000);
        xml.List("spotPlacementScoreSet", page, s =>
        {
            xml.Value("region", region);
            xml.Value("availabilityZoneId", s.ZoneId);
            xml.Value("score", s.Score);
        });
        xml.Value("nextToken", next);
    }

    private int ScoreOf(IEnumerable<CapacityPool> pools, string unit, int target)
    {
        var free = pools.Sum(p =>
        {
            var type = market.Catalog.Find(p.Key.InstanceType)!;
            var perInstance = unit switch { "vcpu" => type.VCpus, "memory-mib" => type.MemoryMiB, _ => 1 };
            return (long)launcher.Free(p, spot: true) * perInstance;
        });
        return (int)Math.Clamp(free * 10 / target, 1, 10);
    }
}
