using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Ec2.Actions;

/// <summary>One pool an instant fleet may launch into, with the template and override that named it.</summary>
public sealed record FleetCandidate(LaunchTemplate Template, string Version, PoolKey Pool, bool ZoneGiven, decimal? MaxPrice, int Priority, bool Spot);

/// <summary>What an instant fleet got: instances per pool, and the pools that failed with their errors.</summary>
public sealed class FleetResult(string fleetId)
{
    public string FleetId { get; } = fleetId;

    public List<(FleetCandidate Candidate, List<string> InstanceIds)> Launched { get; } = [];

    public List<(FleetCandidate Candidate, Ec2Exception Error)> Errors { get; } = [];

    public void Add(FleetCandidate candidate, IEnumerable<string> instanceIds)
    {
        var existing = Launched.FindIndex(l => l.Candidate == candidate);
        if (existing < 0)
        {
            Launched.Add((candidate, instanceIds.ToList()));
        }
        else
        {
            Launched[existing].InstanceIds.AddRange(instanceIds);
        }
    }
}
