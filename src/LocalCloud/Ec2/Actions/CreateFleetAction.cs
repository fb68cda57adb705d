using Spot.LocalCloud.Instances;
using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Ec2.Actions;

/// <summary>
/// CreateFleet of type instant: one synchronous attempt over the pools the overrides name, in the order the
/// allocation strategy ranks them, until the target capacity is met. Pools that fail show in errorSet.
/// </summary>
public sealed class CreateFleetAction(SpotMarket market, InstanceLauncher launcher, InstanceStore store, LaunchTemplateStore templates, ClientTokens tokens) : IEc2ActionFamily
{
    private static readonly string[] SpotStrategies = ["lowest-price", "price-capacity-optimized", "capacity-optimized", "capacity-optimized-prioritized", "diversified"];

    public void Register(Ec2Actions actions) => actions.Add("CreateFleet", Create);

    private void Create(QueryParameters query, Ec2XmlWriter xml)
    {
        var type = query.OneOf("Type", "instant", "request", "maintain") ?? "maintain";
        if (type != "instant")
        {
            throw Ec2Errors.InvalidParameterValue("Type", type, "LocalCloud runs instant fleets only.");
        }

        var capacity = query.Structure("TargetCapacitySpecification");
        var target = capacity.Int("TotalTargetCapacity", 1, 1000) ?? throw Ec2Errors.MissingParameter("TargetCapacitySpecification.TotalTargetCapacity");
        var spot = (capacity.OneOf("DefaultTargetCapacityType", "spot", "on-demand", "capacity-block") ?? "on-demand") == "spot";
        var strategy = spot
            ? query.Structure("SpotOptions").OneOf("AllocationStrategy", SpotStrategies) ?? "lowest-price"
            : query.Structure("OnDemandOptions").OneOf("AllocationStrategy", "lowest-price", "prioritized") ?? "lowest-price";
        var candidates = Candidates(query, spot);
        var clientToken = query.String("ClientToken");
        var tags = TagSpecifications.Read(query);

        var result = tokens.Once("CreateFleet", clientToken, query, () => Launch(candidates, spot, target, strategy, clientToken, tags));
        lock (store.Sync)
        {
            FleetXml.Write(xml, result);
        }
    }

    private List<FleetCandidate> Candidates(QueryParameters query, bool spot)
    {
        var configs = query.Structures("LaunchTemplateConfigs");
        if (configs.Count == 0)
        {
            throw Ec2Errors.MissingParameter("LaunchTemplateConfigs.1");
        }

        var candidates = new List<FleetCandidate>();
        foreach (var config in configs)
        {
            var template = templates.Resolve(config.Structure("LaunchTemplateSpecification"), "LaunchTemplateConfigs.N.LaunchTemplateSpecification");
            var version = config.Structure("LaunchTemplateSpecification").String("Version") ?? "1";
            var overrides = config.Structures("Overrides");
            foreach (var entry in overrides.Count == 0 ? [config.Structure("NoOverrides")] : overrides)
            {
                if (entry.String("WeightedCapacity") is { } weight && weight is not ("1" or "1.0"))
                {
                    throw Ec2Errors.InvalidParameterValue("LaunchTemplateConfigs.N.Overrides.N.WeightedCapacity", weight, "LocalCloud counts every instance as one unit.");
                }

                var instanceType = entry.String("InstanceType") ?? template.InstanceType
                    ?? throw Ec2Errors.MissingParameter("LaunchTemplateConfigs.N.Overrides.N.InstanceType");
                var zones = entry.String("AvailabilityZone") is { } zone ? [zone] : market.Zones;
                candidates.AddRange(zones.Select(z => new FleetCandidate(
                    template, version, new PoolKey(instanceType, z), entry.String("AvailabilityZone") is not null,
                    entry.Decimal("MaxPrice") ?? template.MaxPrice, entry.Int("Priority", 0, 65535) ?? int.MaxValue, spot)));
            }
        }

        return candidates;
    }

    private FleetResult Launch(List<FleetCandidate> candidates, bool spot, int target, string strategy, string? clientToken, Dictionary<string, Dictionary<string, string>> tags)
    {
        var result = new FleetResult(ResourceIds.Fleet());
        var ranked = FleetRanking.Rank(candidates, strategy, market, launcher, store, target);
        var failed = new HashSet<FleetCandidate>();
        var remaining = target;
        var diversified = strategy == "diversified";
        bool progress;
        do
        {
            // Diversified spreads one instance per pool per round; the others fill each pool as far as it goes.
            progress = false;
            foreach (var candidate in ranked.Where(c => !failed.Contains(c)).TakeWhile(_ => remaining > 0))
            {
                try
                {
                    var launched = launcher.Launch(Request(candidate, diversified ? 1 : remaining, spot, clientToken, tags));
                    result.Add(candidate, launched.Instances.Select(i => i.Id));
                    remaining -= launched.Instances.Count;
                    progress = true;
                }
                catch (Ec2Exception error) when (error.Code is not "MissingParameter")
                {
                    result.Errors.Add((candidate, error));
                    failed.Add(candidate);
                }
            }
        }
        while (diversified && remaining > 0 && progress);

        return result;
    }

    private static LaunchRequest Request(FleetCandidate candidate, int count, bool spot, string? clientToken, Dictionary<string, Dictionary<string, string>> tags) => new()
    {
        ImageId = candidate.Template.ImageId ?? throw Ec2Errors.MissingParameter("LaunchTemplateData.ImageId"),
        InstanceType = candidate.Pool.InstanceType,
        AvailabilityZone = candidate.Pool.AvailabilityZone,
        MinCount = 1,
        MaxCount = count,
        Spot = spot,
        MaxPrice = candidate.MaxPrice,
        UserData = candidate.Template.UserData,
        RequireImdsTokens = candidate.Template.RequireImdsTokens,
        ShutdownBehavior = candidate.Template.ShutdownBehavior ?? "terminate",
        ClientToken = clientToken,
        InstanceTags = Merge(candidate.Template.InstanceTags, TagSpecifications.For(tags, TagSpecifications.Instance)),
        SpotRequestTags = candidate.Template.SpotRequestTags,
    };

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second)
    {
        var merged = new Dictionary<string, string>(first, StringComparer.Ordinal);
        foreach (var (key, value) in second)
        {
            merged[key] = value;
        }

        return merged;
    }
}
