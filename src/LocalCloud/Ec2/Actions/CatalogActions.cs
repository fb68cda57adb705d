using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Ec2.Actions;

/// <summary>DescribeInstanceTypes and DescribeAvailabilityZones: what the region sells, and where.</summary>
public sealed class CatalogActions(SpotMarket market) : IEc2ActionFamily
{
    private static readonly string[] TypeFilters = ["instance-type"];
    private static readonly string[] ZoneFilters = ["zone-name", "zone-id", "region-name", "state"];

    public void Register(Ec2Actions actions)
    {
        actions.Add("DescribeInstanceTypes", DescribeInstanceTypes);
        actions.Add("DescribeAvailabilityZones", DescribeAvailabilityZones);
    }

    private void DescribeInstanceTypes(QueryParameters query, Ec2XmlWriter xml)
    {
        var names = query.List("InstanceType");
        var unknown = names.Where(n => market.Catalog.Find(n) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new Ec2Exception("InvalidInstanceType", $"The following supplied instance types do not exist: [{string.Join(", ", unknown)}]");
        }

        var types = market.Catalog.All.Where(t => names.Count == 0 || names.Contains(t.Name, StringComparer.Ordinal)).OrderBy(t => t.Name, StringComparer.Ordinal);
        var matching = Filters.Apply(types, Filters.Read(query), TypeFilters, (t, _) => [t.Name]);
        var (page, next) = Pagination.Page(matching, query, 5, 100);
        xml.List("instanceTypeSet", page, type => Write(xml, type));
        xml.Value("nextToken", next);
    }

    private static void Write(Ec2XmlWriter xml, InstanceTypeInfo type)
    {
        xml.Value("instanceType", type.Name);
        xml.Value("currentGeneration", true);
        xml.Strings("supportedUsageClasses", ["on-demand", "spot"]);
        xml.Strings("supportedRootDeviceTypes", ["ebs"]);
        xml.Strings("supportedVirtualizationTypes", ["hvm"]);
        xml.Value("bareMetal", false);
        xml.Value("hypervisor", "nitro");
        xml.Object("processorInfo", () => xml.Strings("supportedArchitectures", ["x86_64"]));
        xml.Object("vCpuInfo", () =>
        {
            xml.Value("defaultVCpus", type.VCpus);
            xml.Value("defaultCores", Math.Max(1, type.VCpus / 2));
            xml.Value("defaultThreadsPerCore", type.VCpus > 1 ? 2 : 1);
        });
        xml.Object("memoryInfo", () => xml.Value("sizeInMiB", type.MemoryMiB));
        xml.Value("instanceStorageSupported", false);
        xml.Object("gpuInfo", () =>
        {
            xml.List("gpus", [type], g =>
            {
                xml.Value("name", g.GpuName);
                xml.Value("manufacturer", g.GpuManufacturer);
                xml.Value("count", g.GpuCount);
                xml.Object("memoryInfo", () => xml.Value("sizeInMiB", g.GpuMemoryMiB));
            });
            xml.Value("totalGpuMemoryInMiB", type.GpuCount * type.GpuMemoryMiB);
        });
    }

    private void DescribeAvailabilityZones(QueryParameters query, Ec2XmlWriter xml)
    {
        var names = query.List("ZoneName");
        var ids = query.List("ZoneId");
        foreach (var name in names.Where(n => !market.Zones.Contains(n)))
        {
            throw Ec2Errors.InvalidParameterValue("ZoneName", name, $"Invalid availability zone: [{name}]. Valid zones: {string.Join(", ", market.Zones)}.");
        }

        var zones = market.Zones
            .Where(z => names.Count == 0 || names.Contains(z))
            .Where(z => ids.Count == 0 || ids.Contains(AvailabilityZones.IdOf(z)));
        var matching = Filters.Apply(zones, Filters.Read(query), ZoneFilters, (z, name) => name switch
        {
            "zone-name" => [z],
            "zone-id" => [AvailabilityZones.IdOf(z)],
            "region-name" => [AvailabilityZones.RegionOf(z)],
            _ => ["available"],
        });
        xml.List("availabilityZoneInfo", matching, zone =>
        {
            var region = AvailabilityZones.RegionOf(zone);
            xml.Value("zoneName", zone);
            xml.Value("zoneState", "available");
            xml.Value("regionName", region);
            xml.Value("zoneId", AvailabilityZones.IdOf(zone));
            xml.Value("groupName", region);
            xml.Value("networkBorderGroup", region);
            xml.Value("optInStatus", "opt-in-not-required");
            xml.Value("zoneType", "availability-zone");
            xml.List<string>("messageSet", [], _ => { });
        });
    }
}
